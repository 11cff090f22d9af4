/**
 * Scoring the coder against gold files ({@code shared/eval/FORMAT.md}): {@link org.parley.app.eval.GoldFile}
 * reads {@link org.parley.app.eval.GoldCase}s, the caller codes each case's text into a
 * {@link org.parley.app.eval.CodedCase}, and {@link org.parley.app.eval.Scorer} turns the list into an
 * {@link org.parley.app.eval.EvalReport} (text or one JSON line). Nothing here loads a model.
 */
package org.parley.app.eval;
