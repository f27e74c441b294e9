//! Rendering a chunk of letters on several threads, with the results in the letters' order.
//!
//! Scoped threads take the next item from a shared counter until none is left, so a slow letter
//! does not hold up the others. A chunk is 128 letters of about a millisecond each, so starting
//! the threads for each chunk (tens of microseconds) costs nothing measurable.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// `f` of each item on `threads` threads; the results in the order of `items`. An error if a
/// thread cannot be started.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> std::io::Result<Vec<R>> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(at) else {
                return done;
            };
            done.push((at, f(item)));
        }
    };
    let mut done: Vec<(usize, R)> = thread::scope(|scope| {
        let workers = (0..threads.clamp(1, items.len().max(1)))
            .map(|_| thread::Builder::new().spawn_scoped(scope, work))
            .collect::<std::io::Result<Vec<_>>>()?;
        let results = workers.into_iter().flat_map(|worker| match worker.join() {
            Ok(done) => done,
            Err(panic) => std::panic::resume_unwind(panic),
        });
        Ok::<_, std::io::Error>(results.collect())
    })?;
    done.sort_unstable_by_key(|(at, _)| *at);
    Ok(done.into_iter().map(|(_, result)| result).collect())
}

/// The threads a batch uses: `--jobs`, or one per core.
pub fn threads(jobs: Option<usize>) -> usize {
    match jobs {
        Some(jobs) if jobs > 0 => jobs,
        _ => thread::available_parallelism().map_or(1, usize::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items_for_any_number_of_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let slow_first = |n: &u64| {
            if *n < 4 {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            n * n
        };
        for threads in [1, 2, 7, 2000] {
            let squares = map(&items, threads, slow_first).unwrap();
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
        assert!(map(&[] as &[u64], 4, slow_first).unwrap().is_empty());
    }
}
