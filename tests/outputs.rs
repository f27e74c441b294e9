//! Output paths: the input is never replaced, special files are written in place, a folder is
//! refused, and a render of several files writes all of them or none.

mod common;

use std::path::Path;

use common::{circular, root};

/// A copy of the TSB 92 example in a fresh folder.
fn example() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.yaml");
    std::fs::copy(root().join("examples/u4ssc-7.yaml"), &path).unwrap();
    (dir, path)
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn the_input_is_never_the_output_by_any_name() {
    let (dir, input) = example();
    let before = std::fs::read(&input).unwrap();
    let link = dir.path().join("link.yaml");
    let hard = dir.path().join("hard.yaml");
    std::os::unix::fs::symlink(&input, &link).unwrap();
    std::fs::hard_link(&input, &hard).unwrap();
    let dotted = dir.path().join(".").join("m.yaml");
    for output in [&input, &dotted, &link, &hard] {
        for command in [&["render", "--lang", "en"][..], &["ics"]] {
            let args = [command, &[s(&input), "-o", s(output)]].concat();
            let done = circular(&args).failure(2);
            assert!(
                done.stderr.contains("is the input file itself"),
                "{}",
                done.stderr
            );
        }
    }
    // In both languages, `-o m.yaml` would write `m-fr.yaml`: the input here.
    let french = dir.path().join("m-fr.yaml");
    std::fs::copy(&input, &french).unwrap();
    circular(&["render", s(&french), "-o", s(&input)]).failure(2);
    assert_eq!(std::fs::read(&french).unwrap(), before);
    assert_eq!(std::fs::read(&input).unwrap(), before);
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
}

#[test]
fn a_fifo_is_written_in_place_not_replaced() {
    let (dir, input) = example();
    let fifo = dir.path().join("pipe");
    common::mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    circular(&["render", s(&input), "--lang", "en", "-o", s(&fifo)]).success();
    assert!(reader.join().unwrap().contains("TSB Circular 92"));
    use std::os::unix::fs::FileTypeExt;
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
}

#[test]
fn a_link_to_a_file_is_followed_and_kept() {
    let (dir, input) = example();
    let target = dir.path().join("letter.txt");
    let link = dir.path().join("latest.txt");
    std::fs::write(&target, "old").unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    circular(&["render", s(&input), "--lang", "en", "-o", s(&link)]).success();
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("TSB Circular 92")
    );
}

#[test]
fn an_existing_folder_as_output_is_refused_for_several_languages_too() {
    let (dir, input) = example();
    let folder = dir.path().join("letters");
    std::fs::create_dir(&folder).unwrap();
    for output in [s(&folder).to_string(), format!("{}/", s(&folder))] {
        let done = circular(&["render", s(&input), "-o", &output]).failure(1);
        assert!(done.stderr.contains("it is a folder"), "{}", done.stderr);
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "nothing beside the folder: {names:?}");
}

#[test]
fn a_render_of_several_files_writes_all_or_none() {
    let (dir, input) = example();
    // The English file cannot be written (its name is a folder): the French one must not stay.
    std::fs::create_dir(dir.path().join("x-en.pdf")).unwrap();
    let output = dir.path().join("x.pdf");
    let done = circular(&["render", s(&input), "-o", s(&output)]).failure(1);
    assert!(done.stderr.contains("x-en.pdf"), "{}", done.stderr);
    assert!(!dir.path().join("x-fr.pdf").exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "no temporary left: {left:?}");
}

#[test]
fn a_closed_stdout_is_an_error() {
    let done = std::process::Command::new("sh")
        .args([
            "-c",
            &format!(
                "{} render examples/u4ssc-7.yaml --lang en >&-",
                env!("CARGO_BIN_EXE_circular")
            ),
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(done.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&done.stderr).contains("standard output is closed"));
    let null = std::process::Command::new(env!("CARGO_BIN_EXE_circular"))
        .args(["schema"])
        .stdout(std::fs::File::create("/dev/null").unwrap())
        .status()
        .unwrap();
    assert!(null.success(), "`>/dev/null` is not closed");
}

#[test]
fn dev_stdout_is_written_through_whatever_stdout_is() {
    let (dir, input) = example();
    let file = dir.path().join("out.txt");
    std::fs::write(&file, "x".repeat(10_000)).unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_circular"))
        .args(["render", s(&input), "--lang", "en", "-o", "/dev/stdout"])
        .stdout(std::fs::File::options().write(true).open(&file).unwrap())
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("INTERNATIONAL") && !text.contains("xxx"),
        "{text}"
    );
}
