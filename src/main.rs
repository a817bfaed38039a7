//! The `export-helpdesk` binary: parses the command line and runs it.

use clap::Parser;

fn main() -> std::process::ExitCode {
    export_helpdesk::telemetry::init();
    let cli = export_helpdesk::cli::Cli::parse();
    match export_helpdesk::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
