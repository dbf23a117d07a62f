//! Starts the browser app: mounts the `App` component into the page's body. A panic is
//! written to the browser's console with its message (the end-to-end tests fail on any
//! console error).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(jiritsu::app::App);
}

/// On the host there is no browser to run in; the library is what the host tests use.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Jiritsu runs in the browser: see README.md (`scripts/serve`).");
}
