//! Markup for fixed parts of screens: text can never turn into HTML.

use jiritsu::markup::{escape, Html};
use proptest::prelude::*;

#[test]
fn text_and_attribute_values_are_escaped() {
    let markup = Html::new()
        .leaf_with(
            "p",
            &[("class", "a\" onclick=\"x")],
            "<img src=x onerror=alert(1)> & 'q'",
        )
        .finish();
    assert_eq!(
        markup.as_str(),
        "<p class=\"a&quot; onclick=&quot;x\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>"
    );
}

#[test]
fn attributes_with_empty_values_are_left_out() {
    assert_eq!(
        Html::new().leaf("p", "", "本文").finish().as_str(),
        "<p>本文</p>"
    );
    assert_eq!(
        Html::new().leaf("span", "x", "y").finish().as_str(),
        "<span class=\"x\">y</span>"
    );
    let input = Html::new()
        .open(
            "input",
            &[("type", "radio"), ("checked", ""), ("value", "3")],
        )
        .finish();
    assert_eq!(input.as_str(), "<input type=\"radio\" value=\"3\">");
}

#[test]
fn elements_nest_in_the_order_they_are_written() {
    let list = Html::new()
        .open("ul", &[])
        .leaf("li", "", "一")
        .leaf("li", "", "二")
        .close("ul")
        .finish();
    assert_eq!(list.as_str(), "<ul><li>一</li><li>二</li></ul>");
}

proptest! {
    #[test]
    fn escaped_text_never_contains_markup_characters(input in ".*") {
        let escaped = escape(&input);
        prop_assert!(!escaped.contains('<') && !escaped.contains('>') && !escaped.contains('"') && !escaped.contains('\''));
        let unescaped = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        prop_assert_eq!(unescaped, input);
    }

    #[test]
    fn an_element_holding_any_text_has_exactly_one_opening_and_one_closing_tag(input in ".*", class in ".*") {
        let markup = Html::new().leaf("p", &class, &input).finish().into_string();
        prop_assert_eq!(markup.matches('<').count(), 2);
        prop_assert!(markup.starts_with("<p") && markup.ends_with("</p>"));
    }
}
