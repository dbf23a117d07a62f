//! Where each score comes from: every anchor's five statements with the person's answer
//! to each, and which of them were among the three picked. A sceptical reader (「なぜこの
//! 質問を?」) can follow a score back to their own answers instead of taking a formula on
//! trust. Closed by default, and on the screen only: the printed result keeps to one page.

use leptos::prelude::*;

use crate::domain::anchors::{CompletedAssessment, StatementId};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{label, rating_label, statement};
use crate::i18n::assessment::{score_text, AssessMsg};
use crate::i18n::check::with_note;

#[component]
pub fn ScoreSources(lang: Lang, result: CompletedAssessment) -> impl IntoView {
    let scores = result.scores();
    let groups = scores
        .ranked()
        .into_iter()
        .map(|(anchor, _)| {
            let lines = StatementId::of_anchor(anchor).map(|id| {
                let answer = result
                    .answers()
                    .get(id)
                    .map(|rating| with_note(rating.value().to_string(), rating_label(rating, lang), lang))
                    .unwrap_or_default();
                let picked = result.picks().contains(id);
                view! {
                    <li class:picked=picked>
                        <span class="source-statement">{id.number()}". "{statement(id, lang)}</span>
                        <span class="source-answer">
                            {answer}
                            {picked.then(|| view! { " " <strong>{AssessMsg::SourcePicked.text(lang)}</strong> })}
                        </span>
                    </li>
                }
            });
            view! {
                <h3>{label(anchor, lang)}" "{score_text(scores.points(anchor))}</h3>
                <ul class="score-source">{lines.into_iter().collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        <details class="score-sources no-print">
            <summary>{AssessMsg::SourcesSummary.text(lang)}</summary>
            <p class="help">{AssessMsg::SourcesLead.text(lang)}</p>
            {groups}
        </details>
    }
}
