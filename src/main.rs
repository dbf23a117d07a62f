//! Starts the browser app: builds the shell into the page's body.
//!
//! Two choices made for size (see ARCHITECTURE.md "Size"): the allocator is lol_alloc's
//! free list, a few hundred bytes instead of dlmalloc's seven kilobytes (the app allocates
//! little, on one thread); and no panic hook formats panic messages for the console: with
//! `panic = "abort"` a panic still shows there as a `RuntimeError: unreachable`, which is
//! what the end-to-end tests' console check catches.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: WebAssembly here runs on one thread; nothing allocates from another.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    // Effects re-run on the browser's task queue.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    if let Some(body) = leptos::prelude::document().body() {
        // The app lives as long as the page.
        std::mem::forget(jiritsu::app::mount(&body));
    }
}

/// On the host there is no browser to run in; the library is what the host tests use.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Jiritsu runs in the browser: see README.md (`scripts/serve`).");
}
