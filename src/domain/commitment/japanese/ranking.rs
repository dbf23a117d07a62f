//! A place in a ranking reached (営業成績トップ3に入る, 3位以内に入る, 上位10%に入る,
//! 1位になる, 売上No.1になる, 首位に立つ, 1位を取る): a result, as 合格 is. Anyone can
//! check it once the ranking is out, but reaching it by a date says nothing about when
//! the work towards it began, so a deadline on it is never a start.
//!
//! Read by its shape, since a place is written with a figure: a place (a figure with
//! 位 or 番, a figure after トップ, 上位, ベスト or No., or トップ, 上位, 首位 alone, with
//! 以内 after it or not), then に and a verb of getting in or becoming (入る, なる, 立つ,
//! 食い込む), or を and a verb of taking (取る, 獲る). Only these verbs: トップに相談する
//! asks the head of the company, which is an act.

use super::{Text, Words};
use crate::domain::commitment::text::{is_kanji, words};

/// Whether the verb at `head_start` (or the になる that begins there) gets into a place in
/// a ranking named right before it, within the clause.
pub(super) fn a_place_in_a_ranking(text: &Text, clause_start: usize, head_start: usize) -> bool {
    // 1位になる: the listed になる begins at its particle; 3位以内に入る: the verb does.
    let (particle, verb) = if text.at(head_start) == 'に' {
        (head_start, head_start + 1)
    } else if head_start > clause_start {
        (head_start - 1, head_start)
    } else {
        return false;
    };
    // 入る as はいる, not はたらきかける or はなす; 一番に入る is coming in first (to the
    // office), so 番 takes only になる.
    let entering = text.at(verb) == '入' || (text.at(verb) == 'は' && text.at(verb + 1) == 'い');
    let gets_in = match text.at(particle) {
        'に' if particle > clause_start && text.at(particle - 1) == '番' => text.at(verb) == 'な',
        'に' => entering || matches!(text.at(verb), 'な' | '立' | '食'),
        'を' => matches!(text.at(verb), '取' | '獲' | 'と'),
        _ => false,
    };
    gets_in && place_ends_at(text, clause_start, particle)
}

/// What comes before the figure of a place: トップ3, 上位10%, ベスト3, No.1.
const BEFORE_A_FIGURE: Words = Words::new("トップ|上位|ベスト|ナンバー|no.|no");
/// A place without a figure.
const PLACES: Words = Words::new("トップクラス|トップ|上位|首位|ナンバーワン");

/// Whether a place in a ranking ends at `end` (before its particle).
fn place_ends_at(text: &Text, floor: usize, end: usize) -> bool {
    // 3位以内, 上位10%以内: the bound of the place.
    let end = text
        .first_ending_at(end, words!("以内|以上"))
        .map_or(end, |(_, s)| s)
        .max(floor);
    if text
        .first_ending_at(end, &PLACES)
        .is_some_and(|(_, s)| s >= floor)
    {
        return true;
    }
    // The figure, with the unit of a place after it (3位, 10%, 一番, 5人).
    let unit = end > floor && "位番%人名社".contains(text.at(end - 1));
    let figure_end = end - usize::from(unit);
    let mut start = figure_end;
    while start > floor && start + 4 > figure_end && is_numeral(text.at(start - 1)) {
        start -= 1;
    }
    if start == figure_end {
        return false;
    }
    // 3位, 一番: a place by itself. 10%, 5人 are places only after トップ, 上位.
    let ranked = unit && matches!(text.at(figure_end), '位' | '番');
    ranked
        || text
            .first_ending_at(start, &BEFORE_A_FIGURE)
            .is_some_and(|(_, s)| s >= floor)
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || (is_kanji(c) && "一二三四五六七八九十".contains(c))
}
