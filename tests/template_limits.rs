//! Override templates cannot read outside their folder, hang, exhaust memory or overflow the
//! stack: each is a clear error naming the file, for render, check and batch alike.

mod common;

use std::path::Path;

use common::circular;

/// A templates folder with `en/` holding `files` (name, text).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join("en").join(name), text).unwrap();
    }
    dir
}

/// `render` and `check` with these templates fail with exit 1 and say `expected`.
fn refused(templates: &Path, expected: &str) {
    let dir = templates.to_str().unwrap();
    for command in ["render", "check"] {
        let args = [command, "examples/u4ssc-7.yaml", "--templates", dir];
        let done = circular(&args).failure(1);
        assert!(done.stderr.contains(expected), "{command}: {}", done.stderr);
    }
}

#[test]
fn partials_that_include_each_other_are_an_error_not_a_crash() {
    let mutual = folder(&[
        ("announcement.hbs", "{{> languages}}\n"),
        ("languages.hbs", "{{> announcement}}\n"),
    ]);
    refused(
        mutual.path(),
        "languages.hbs`: partials include each other: letter -> announcement -> languages -> announcement",
    );
    let inline = folder(&[(
        "letter.hbs",
        "{{#*inline \"x\"}}{{> x}}{{/inline}}{{> x}}\n",
    )]);
    refused(
        inline.path(),
        "partials include each other: letter -> x -> x",
    );
    // A batch stops before writing anything.
    let out = tempfile::tempdir().unwrap();
    let people = out.path().join("people.csv");
    std::fs::write(&people, "id,name\nada,Ada\n").unwrap();
    let letters = out.path().join("letters");
    let args = [
        "batch",
        "examples/u4ssc-7.yaml",
        "--recipients",
        people.to_str().unwrap(),
    ];
    let args = [&args[..], &["--out", letters.to_str().unwrap()]].concat();
    let args = [&args[..], &["--templates", mutual.path().to_str().unwrap()]].concat();
    let done = circular(&args).failure(1);
    assert!(
        done.stderr.contains("partials include each other"),
        "{}",
        done.stderr
    );
    assert!(!letters.exists());
}

#[test]
fn deep_nesting_and_huge_templates_are_refused_before_compiling() {
    let deep = "{{#if true}}".repeat(2_000) + "x" + &"{{/if}}".repeat(2_000);
    refused(
        folder(&[("letter.hbs", &deep)]).path(),
        "more than 2000 `{{` tags",
    );
    let nested = "{{#if true}}".repeat(30) + "x" + &"{{/if}}".repeat(30);
    refused(
        folder(&[("letter.hbs", &nested)]).path(),
        "en/letter.hbs`:1:289: blocks nest more than 24 deep",
    );
    let parens = format!("{{{{x {}1{}}}}}", "(a ".repeat(10_000), ")".repeat(10_000));
    refused(
        folder(&[("letter.hbs", &parens)]).path(),
        "parentheses nest more than 8 deep",
    );
    let huge = "x".repeat(300 * 1024);
    refused(
        folder(&[("letter.hbs", &huge)]).path(),
        "larger than 256 KiB",
    );
}

#[test]
fn a_template_cannot_be_a_link_out_of_the_folder_nor_a_special_file() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.hbs"), "::para 1\nSECRET\n").unwrap();
    let linked = folder(&[]);
    std::os::unix::fs::symlink(
        outside.path().join("secret.hbs"),
        linked.path().join("en/letter.hbs"),
    )
    .unwrap();
    refused(
        linked.path(),
        "it is a link to a file outside the templates folder",
    );
    let language = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), language.path().join("en")).unwrap();
    std::fs::rename(
        outside.path().join("secret.hbs"),
        outside.path().join("letter.hbs"),
    )
    .unwrap();
    refused(
        language.path(),
        "it is a link to a file outside the templates folder",
    );
    let fifo = folder(&[]);
    let path = fifo.path().join("en/letter.hbs");
    common::mkfifo(&path);
    refused(fifo.path(), "it is not a regular file");
    let zero = folder(&[]);
    std::os::unix::fs::symlink("/dev/zero", zero.path().join("en/letter.hbs")).unwrap();
    refused(zero.path(), "outside the templates folder");
    // A link that stays inside the folder is fine.
    let inside = folder(&[("mine.txt", "{{> announcement}}")]);
    std::fs::write(
        inside.path().join("en/mine.txt"),
        std::fs::read_to_string(Path::new("templates/en/letter.hbs")).unwrap(),
    )
    .unwrap();
    std::os::unix::fs::symlink("mine.txt", inside.path().join("en/letter.hbs")).unwrap();
    let dir = inside.path().to_str().unwrap();
    circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "en",
        "--templates",
        dir,
    ])
    .success();
}
