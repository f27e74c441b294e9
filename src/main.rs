fn main() {
    std::process::exit(tsb_circular::commands::run(std::env::args_os()));
}
