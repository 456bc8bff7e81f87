fn main() -> std::process::ExitCode {
    brief::cli::run()
}
