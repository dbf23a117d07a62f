//! Starts the browser app: report panics to the console, then mount the shell.

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
