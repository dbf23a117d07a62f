//! The sheet itself as it prints (`sheet.rs` is the screen around it): a title line, then
//! each part that has something in it, the private copy marking what is kept to oneself.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::sheet_print::sheet_title;
use crate::domain::commitments::{FollowUp, Wording};
use crate::domain::lang::Lang;
use crate::domain::worksheet::if_then;
use crate::domain::worksheet::sheet::{Sheet, SheetPart, SheetScope};
use crate::i18n::anchors::{gloss, label};
use crate::i18n::check::{change_label, earlier_answer_line, set_aside_line, with_note};
use crate::i18n::commitment::format_date;
use crate::i18n::fill;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::{interview_kind, self_rating, WsMsg};

/// The sheet itself: a title line, then each part that has something in it.
pub(super) fn sheet_view(
    s: Sheet,
    scope: SheetScope,
    large_type: bool,
    today: NaiveDate,
    lang: Lang,
    guide: Option<&str>,
) -> impl IntoView {
    let t = move |msg: SheetMsg| msg.text(lang);
    let title = t(sheet_title(scope));
    let interview = [
        s.interview_kind
            .as_deref()
            .map(|k| interview_kind(k, lang).to_owned()),
        s.interview_date.map(|d| format_date(d, lang)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(crate::i18n::in_lang(("　", ", "), lang));
    let shared_parts_empty = s.is_empty();
    // On the private copy, what the person keeps to themselves says so, on paper and in
    // a copied text alike: ［自分だけ］ after its heading or its line.
    let private_mark = move || {
        let (open, close) = match lang {
            Lang::Ja => ("［", "］"),
            Lang::En => ("[", "]"),
        };
        view! { " " <span class="private-mark">{open}{WsMsg::Private.text(lang)}{close}</span> }
    };
    let private = s.private.clone();
    let mark_part = |part: SheetPart| private.contains(&part).then(private_mark);
    let mark_item = move |shared: bool| (!shared).then(private_mark);
    let text_part = move |heading: String, text: Option<String>, part: SheetPart| {
        text.map(|text| view! { <div class="sheet-part"><h3>{heading}{mark_part(part)}</h3><p class="sheet-text">{with_breaks(&text)}</p></div> })
    };
    // Written, not drawn, so that the sheet reads the same copied as text.
    let colon = crate::i18n::colon(lang);
    let vision = s.vision.clone().map(|[doing, for_whom, seen_as]| {
        view! {
            <div class="sheet-part sheet-vision">
                <h3>{fill(t(SheetMsg::SheetVision), &[&s.vision_year.to_string()])}{mark_part(SheetPart::Vision)}</h3>
                {[(WsMsg::VisionDoing, doing), (WsMsg::VisionForWhom, for_whom), (WsMsg::VisionSeenAs, seen_as)]
                    .into_iter()
                    .filter(|(_, text)| !text.is_empty())
                    .map(|(label, text)| view! { <p class="sheet-text"><span class="sheet-label">{label.text(lang)}{colon}</span>{with_breaks(&text)}</p> })
                    .collect_view()}
            </div>
        }
    });
    view! {
        <div class="sheet" class:private-copy=scope == SheetScope::Everything class:large-type=large_type>
            <header class="sheet-header">
                <h2>{title}</h2>
                // The private copy says on itself whom it is not for, so that two papers on
                // a desk are not mixed up.
                {(scope == SheetScope::Everything).then(|| view! { <p class="private-band">{t(SheetMsg::PrivateBand)}</p> })}
                {s.name.clone().map(|name| view! {
                    <p class="sheet-name">{t(SheetMsg::SheetName)}{colon}{name}</p>
                })}
                // Two paragraphs, side by side on the page, one under the other in a mail.
                <div class="sheet-meta">
                    {(!interview.is_empty()).then(|| view! { <p>{t(SheetMsg::SheetInterview)}{colon}{interview.clone()}</p> })}
                    <p class="sheet-date">{fill(t(SheetMsg::SheetPrinted), &[&format_date(today, lang)])}</p>
                </div>
            </header>
            {shared_parts_empty.then(|| view! { <p class="sheet-empty">{t(SheetMsg::SheetEmpty)}</p> })}
            // What must not be passed on comes first, framed: the interviewer reads it
            // before anything else and keeps it out of the summary for the manager.
            {s.confidential.clone().map(|text| view! {
                <div class="sheet-part sheet-confidential">
                    <h3>{t(SheetMsg::SheetConfidential)}</h3>
                    // Addressed to the interviewer: not on the copy that stays with the person.
                    // Read by the manager themself when they conduct the interview: then
                    // there is no summary for the manager, only others not to tell.
                    {(scope == SheetScope::Shared).then(|| view! {
                        <p class="sheet-note">{t(if s.manager_reads { SheetMsg::SheetConfidentialNoteManager } else { SheetMsg::SheetConfidentialNote })}</p>
                    })}
                    <p class="sheet-text">{with_breaks(&text)}</p>
                </div>
            })}
            {(!s.anchors.is_empty()).then(|| view! {
                <div class="sheet-part">
                    // More than three when places are tied: the heading does not say three.
                    <h3>{t(if s.anchors.len() > 3 { SheetMsg::SheetAnchorsTied } else { SheetMsg::SheetAnchors })}{mark_part(SheetPart::Anchors)}</h3>
                    <ol class="sheet-anchors">
                        {s.anchors.iter().map(|&(place, a)| view! {
                            <li value=place>
                                {label(a, lang)}
                                // In English, the name a Japanese interviewer knows too.
                                {(lang == Lang::En).then(|| view! { " (" <span lang="ja">{label(a, Lang::Ja)}</span> ")" })}
                                // 「1. 1. 3.」 alone reads as a slip: the tie is said, after
                                // the names ("Autonomy/independence (自律・独立) (tied)").
                                {(s.anchors.iter().filter(|(p, _)| *p == place).count() > 1)
                                    .then(|| t(SheetMsg::Tied))}
                                // What the name means, for an interviewer who has not taken
                                // the assessment.
                                <span class="sheet-gloss">{t(SheetMsg::GlossDash)}{gloss(a, lang)}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                    {(s.anchors.len() > 3).then(|| view! { <p class="sheet-note">{WsMsg::AnchorsTied.text(lang)}</p> })}
                    <p class="sheet-note">{t(SheetMsg::AnchorsAreValues)}</p>
                </div>
            })}
            {text_part(t(SheetMsg::SheetValues).to_owned(), s.values.clone(), SheetPart::Values)}
            {vision}
            {(!s.actions.is_empty()).then(|| view! {
                <div class="sheet-part sheet-actions">
                    <h3>{t(SheetMsg::SheetActions)}</h3>
                    <ol>
                        {s.actions.iter().map(|action| {
                            let start = match action.start_date {
                                Some(date) if action.start_by => fill(t(SheetMsg::SheetStartsBy), &[&format_date(date, lang)]),
                                Some(date) => fill(t(SheetMsg::SheetStarts), &[&format_date(date, lang)]),
                                None => t(SheetMsg::SheetNoStart).to_owned(),
                            };
                            // What became of it, once the person has said.
                            // In the words it was given in (`asked` is set on the sheet).
                            let words = |answer: &FollowUp| answer.asked.unwrap_or(Wording::before_it_was_kept(action.start_by));
                            let latest = action.latest.as_ref().map(|answer| fill(
                                t(SheetMsg::SheetFollowUp),
                                &[&format_date(answer.date, lang), &with_note(change_label(answer.change, words(answer), lang).to_owned(), &answer.note, lang)],
                            ));
                            // What the action before its rewrite came to, with its text.
                            let earlier = action.earlier.as_ref().map(|answer| {
                                earlier_answer_line(answer, words(answer), &answer.earlier_text, lang)
                            });
                            let rewritten = action.rewritten_on.map(|day| fill(t(SheetMsg::SheetRewritten), &[&format_date(day, lang)]));
                            view! {
                                <li>
                                    <span class="sheet-text">{with_breaks(&action.text)}</span>" "
                                    <span class="sheet-start" class:no-start=action.start_date.is_none()>{match lang { Lang::Ja => format!("（{start}）"), Lang::En => format!("({start})") }}</span>
                                    {rewritten.map(|rewritten| view! { <span class="sheet-rewritten">{rewritten}</span> })}
                                    {mark_item(action.shared)}
                                    {earlier.map(|earlier| view! { <div class="sheet-follow-up sheet-earlier">{earlier}</div> })}
                                    {latest.map(|latest| view! { <div class="sheet-follow-up">{latest}</div> })}
                                    // Let go since: the interview hears that too, with the day.
                                    {action.set_aside.map(|day| view! {
                                        <div class="sheet-set-aside">{set_aside_line(day, lang)}</div>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </div>
            })}
            {text_part(t(SheetMsg::SheetSupport).to_owned(), s.support.clone(), SheetPart::Support)}
            {text_part(t(SheetMsg::SheetStrengths).to_owned(), s.strengths.clone(), SheetPart::Strengths)}
            {(!s.obstacles.is_empty()).then(|| view! {
                <div class="sheet-part">
                    <h3>{t(SheetMsg::SheetObstacles)}</h3>
                    <ul>
                        {s.obstacles.iter().filter_map(|o| Some((if_then(&o.when, &o.then)?, o.shared))).map(|((when, then), shared)| view! {
                            <li class="sheet-text">{with_breaks(&fill(WsMsg::ObstaclePlan.text(lang), &[when, then]))}{mark_item(shared)}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {(!s.roles.is_empty()).then(|| view! {
                <div class="sheet-part">
                    <h3>{t(SheetMsg::SheetRoles)}</h3>
                    <ul>
                        {s.roles.iter().map(|r| {
                            let when_where = [r.period.trim(), r.place.trim()]
                                .into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" / ");
                            labelled_lines(&when_where, &[(WsMsg::RoleDid, &r.did), (WsMsg::RoleAchieved, &r.achieved)], mark_item(r.shared), lang)
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {(!s.moments.is_empty()).then(|| view! {
                <div class="sheet-part">
                    <h3>{t(SheetMsg::SheetMoments)}</h3>
                    <ul>
                        {s.moments.iter().map(|m| {
                            let kind = if m.non_event { WsMsg::MomentNonEvent } else { WsMsg::MomentEvent };
                            labelled_lines(
                                "",
                                &[(kind, &m.what), (WsMsg::MomentFeeling, &m.feeling), (WsMsg::MomentWanted, &m.wanted)],
                                mark_item(m.shared),
                                lang,
                            )
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {(!s.gains.is_empty() || !s.losses.is_empty()).then(|| view! {
                <div class="sheet-part">
                    <h3>{t(SheetMsg::SheetGainsLosses)}</h3>
                    <ul>
                        {s.gains.iter().map(|g| view! { <li class="sheet-text">{with_breaks(&format!("＋ {} ({})", g.text.trim(), g.weight.value()))}{mark_item(g.shared)}</li> }).collect_view()}
                        {s.losses.iter().map(|g| view! { <li class="sheet-text">{with_breaks(&format!("－ {} ({})", g.text.trim(), g.weight.value()))}{mark_item(g.shared)}</li> }).collect_view()}
                    </ul>
                    <p class="sheet-note">{t(SheetMsg::SheetGainsWeights)}</p>
                </div>
            })}
            {text_part(WsMsg::EvenIfFailsLabel.text(lang).to_owned(), s.even_if_fails.clone(), SheetPart::EvenIfFails)}
            {s.autonomy.map(|ratings| view! {
                <div class="sheet-part">
                    <h3>{t(SheetMsg::SheetAutonomy)}{mark_part(SheetPart::Autonomy)}</h3>
                    <ul>
                        {[WsMsg::AutonomyPerforms, WsMsg::AutonomyVision, WsMsg::AutonomyActing]
                            .into_iter()
                            .zip(ratings)
                            .map(|(question, rating)| view! {
                                <li>{format!("{}{}{}", question.text(lang), colon, rating.map_or("—", |r| self_rating(r, lang)))}</li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            })}
            // Where the interviewer, who may never have opened the app, reads how to read it.
            {(scope == SheetScope::Shared && !shared_parts_empty).then(|| {
                let line = match guide {
                    Some(address) => fill(t(SheetMsg::SheetGuide), &[address]),
                    None => t(SheetMsg::SheetGuideHere).to_owned(),
                };
                view! { <p class="sheet-note sheet-guide">{line}</p> }
            })}
        </div>
    }
}

/// One entry of a list as lines: its first line as it is (when written), then each part
/// written with its label, so the reader of a copy tells what was done from what came of it.
fn labelled_lines(
    first: &str,
    parts: &[(WsMsg, &String)],
    mark: Option<impl IntoView>,
    lang: Lang,
) -> impl IntoView {
    let colon = crate::i18n::colon(lang);
    let parts = parts
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .enumerate()
        .map(|(i, (label, text))| {
            view! {
                {(i > 0 || !first.is_empty()).then(|| view! { <br/> })}
                <span class="sheet-label">{label.text(lang)}{colon}</span>
                {with_breaks(text.trim())}
            }
        })
        .collect_view();
    view! { <li class="sheet-text">{first.to_owned()}{parts}{mark}</li> }
}

/// A text with its line breaks drawn as `<br>`: they then survive where the stylesheet
/// does not go (the sheet copied into a mail), as well as on the page and on paper.
fn with_breaks(text: &str) -> impl IntoView {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| view! { {(i > 0).then(|| view! { <br/> })}{line.to_owned()} })
        .collect_view()
}
