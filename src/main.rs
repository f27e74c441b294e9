/// mimalloc rather than the system allocator: a letter makes thousands of small allocations
/// (printpdf's operations, lopdf's objects, layout's words), and with it a batch takes 15-25% less
/// CPU time. Without transparent huge pages (`no_thp`), which doubled the peak memory of a batch
/// for no gain in speed.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(tsb_circular::run(std::env::args_os()));
}
