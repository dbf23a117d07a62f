//! One radio button of a group, bound to a value: checked while the group's current value
//! is its own, and choosing it hands its value on. The label wraps the button, so the
//! whole line is a target.

use leptos::prelude::*;

#[component]
pub fn RadioOption<T>(
    /// The group's name, shared by its buttons.
    #[prop(into)]
    name: String,
    /// An id, where something outside the group points at this button.
    #[prop(optional)]
    id: Option<&'static str>,
    /// The button's `value` attribute, where a reader of the page looks for it.
    #[prop(optional)]
    code: Option<&'static str>,
    value: T,
    #[prop(into)] current: Signal<T>,
    #[prop(into)] on_choose: Callback<T>,
    label: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <label for=id>
            <input
                type="radio"
                id=id
                name=name
                value=code
                prop:checked=move || current.get() == value
                on:change=move |_| on_choose.run(value)
            />
            {label}
        </label>
    }
}
