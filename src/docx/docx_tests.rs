//! The Word parts checked as XML: what a drafter sees in Word follows from these elements.

use super::body::document;
use super::page::header;
use super::picture::Picture;
use super::rels::{content_types, document_rels};
use super::sheet::styles;
use super::{DocxError, DocxOptions, docx};
use crate::document::Document;
use crate::markup;

#[path = "../../tests/docx/text.rs"]
mod text;
use text::text as text_of;

const LETTER: &str = "::letterhead
INTERNATIONAL TELECOMMUNICATION UNION
::date
Geneva, 2 May 2023
::field Ref:
TSB Circular 92
::to
Ms A. Recipient
- To Administrations of Member States of the Union;
- To ITU-T Sector Members
::field Tel:
+41 22 730 6301
::subject Subject:
Seventh meeting
::salutation
Dear Sir/Madam,
::para 1
See https://www.itu.int/ and write to tsb@itu.int about ITU\u{2011}T & <friends>.
::bullets
- First item
- Second item
::para 2
Again https://www.itu.int/ for the deadlines:
::row 12 January 2018
- Contributions
::closing
Yours faithfully,
::signature
Seizo Onoe
::annex
ANNEX 1
(to TSB Circular 92)
";

fn letter(text: &str) -> Document {
    markup::document(text, "en", "TSB Circular 92").unwrap()
}

fn body_xml(text: &str) -> String {
    String::from_utf8(document(&letter(text), None).unwrap().0).unwrap()
}

fn options() -> DocxOptions {
    DocxOptions {
        created: 1_682_985_600,
        author: "Seizo Onoe".into(),
        logo: None,
    }
}

/// The `tag` element (not nested in another one) around the first `needle` of `xml`.
fn around<'a>(xml: &'a str, needle: &str, tag: &str) -> &'a str {
    let at = xml.find(needle).unwrap();
    let start = xml[..at].rfind(&format!("<{tag}>")).unwrap();
    let close = format!("</{tag}>");
    &xml[start..at + xml[at..].find(&close).unwrap() + close.len()]
}

#[test]
fn a_numbered_paragraph_is_its_number_a_tab_and_the_text_in_the_paragraph_style() {
    let xml = body_xml(LETTER);
    let number = "<w:pStyle w:val=\"Paragraph\"/></w:pPr><w:r><w:rPr><w:rStyle \
                  w:val=\"ParagraphNumber\"/></w:rPr><w:t>1</w:t><w:tab/></w:r>";
    assert!(xml.contains(number), "{xml}");
    assert!(text_of(&xml).contains("\n1\tSee https://www.itu.int/ and write"));
}

#[test]
fn text_is_escaped_and_reads_back_as_written() {
    let xml = body_xml(LETTER);
    assert!(xml.contains("ITU</w:t>"), "{xml}");
    assert!(xml.contains("<w:noBreakHyphen/>"));
    assert!(xml.contains(" &amp; &lt;friends&gt;."));
    assert!(text_of(&xml).contains("ITU\u{2011}T & <friends>."));
}

#[test]
fn a_control_character_is_refused_with_the_text_around_it() {
    let doc = letter("::para 1\nRing the \u{7} bell");
    let error = docx(&doc, &options()).unwrap_err();
    assert!(matches!(
        error,
        DocxError::Control {
            character: '\u{7}',
            ..
        }
    ));
    let message = error.to_string();
    assert!(
        message.contains("XML cannot hold the control character U+0007"),
        "{message}"
    );
    assert!(message.contains("Ring the \\u{7} bell"), "{message}");
}

#[test]
fn links_are_hyperlinks_with_one_external_relationship_per_address() {
    let (xml, links) = document(&letter(LETTER), None).unwrap();
    let xml = String::from_utf8(xml).unwrap();
    assert_eq!(xml.matches("<w:hyperlink r:id=\"rIdLink1\"").count(), 2);
    assert_eq!(xml.matches("<w:hyperlink r:id=\"rIdLink2\"").count(), 1);
    let rels = String::from_utf8(document_rels(&links, None, false).unwrap()).unwrap();
    assert!(rels.contains(
        "Id=\"rIdLink1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.itu.int/\" TargetMode=\"External\""
    ));
    assert!(rels.contains("Target=\"mailto:tsb@itu.int\""));
    assert!(!rels.contains("rIdLink3"));
}

#[test]
fn the_header_is_one_table_whose_addressee_cell_spans_the_rows() {
    let xml = body_xml(LETTER);
    let header = around(&xml, "HeaderTable", "w:tbl");
    assert_eq!(header.matches("<w:tr>").count(), 2);
    assert_eq!(header.matches("<w:vMerge w:val=\"restart\"/>").count(), 1);
    assert_eq!(header.matches("<w:vMerge/>").count(), 1);
    let text = text_of(header);
    let expected = "Ref:\nTSB Circular 92\nMs A. Recipient\n\u{2013}\tTo Administrations";
    assert!(text.starts_with(expected), "{text}");
    assert!(header.contains("w:name=\"Addressee_E\""));
    assert!(xml.contains("<w:pStyle w:val=\"Salutation\"/></w:pPr><w:bookmarkStart w:id=\"1\" w:name=\"StartTyping_E\"/>"));
}

#[test]
fn bullets_are_a_list_and_deadlines_a_table_between_rules() {
    let xml = body_xml(LETTER);
    assert_eq!(xml.matches("<w:pStyle w:val=\"Bullet\"/>").count(), 2);
    let text = text_of(around(&xml, "DeadlinesTable", "w:tbl"));
    assert_eq!(text, "12 January 2018\n\u{2013}\tContributions\n");
    let before = around(&xml, "for the deadlines:", "w:p");
    assert!(
        before.contains("<w:spacing w:after=\"160\"/>"),
        "the PDF's 8 pt above the table"
    );
    let styles = String::from_utf8(styles("en-GB", 22.0).unwrap()).unwrap();
    let bullet = &styles[styles.find("w:styleId=\"Bullet\"").unwrap()..];
    assert!(bullet.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"));
    let rules = &styles[styles.find("w:styleId=\"DeadlinesTable\"").unwrap()..];
    assert!(rules.contains("<w:insideH w:val=\"single\" w:sz=\"4\""));
}

#[test]
fn paragraph_text_hangs_after_the_numbers_only_when_there_are_numbers() {
    let numbered = String::from_utf8(styles("fr-CH", 22.0).unwrap()).unwrap();
    let plain = String::from_utf8(styles("fr-CH", 0.0).unwrap()).unwrap();
    let paragraph = |styles: &str| {
        let at = styles.find("w:styleId=\"Paragraph\"").unwrap();
        styles[at..at + styles[at..].find("</w:style>").unwrap()].to_string()
    };
    assert!(paragraph(&numbered).contains("<w:ind w:left=\"440\" w:hanging=\"440\"/>"));
    assert!(paragraph(&plain).contains("<w:ind w:left=\"0\" w:hanging=\"0\"/>"));
    assert!(numbered.contains("<w:lang w:val=\"fr-CH\""));
    assert!(numbered.contains("<w:rFonts w:ascii=\"Arial\""));
}

#[test]
fn an_annex_starts_a_page_and_its_title_lines_stay_together() {
    let xml = body_xml(LETTER);
    let annex = around(&xml, "<w:pStyle w:val=\"Annex\"/>", "w:p");
    assert_eq!(text_of(annex), "ANNEX 1(to TSB Circular 92)\n");
    assert!(annex.contains("<w:br/>"));
    let styles = String::from_utf8(styles("en-GB", 22.0).unwrap()).unwrap();
    let style = &styles[styles.find("w:styleId=\"Annex\"").unwrap()..];
    assert!(style[..style.find("</w:style>").unwrap()].contains("<w:pageBreakBefore/>"));
}

#[test]
fn the_running_head_shows_the_page_number_and_the_reference_from_page_two() {
    let head = String::from_utf8(header(Some("TSB Circular 92")).unwrap()).unwrap();
    assert!(head.contains("<w:fldSimple w:instr=\" PAGE \">"));
    assert_eq!(text_of(&head), "- 2 -\nTSB Circular 92\n");
    let first = String::from_utf8(header(None).unwrap()).unwrap();
    assert_eq!(text_of(&first), "\n");
    assert!(body_xml(LETTER).contains("<w:titlePg/>"));
}

#[test]
fn the_same_letter_gives_the_same_bytes_and_the_date_is_the_given_one() {
    let doc = letter(LETTER);
    let first = docx(&doc, &options()).unwrap();
    assert!(first == docx(&doc, &options()).unwrap());
    let later = DocxOptions {
        created: options().created + 86_400,
        ..options()
    };
    assert!(first != docx(&doc, &later).unwrap());
}

#[test]
fn the_logo_is_a_picture_beside_the_names_at_the_pdfs_size() {
    let logo = Picture {
        bytes: b"\x89PNG\r\n\x1a\n...".to_vec().into(),
        ratio: 2.0,
    };
    let (xml, links) = document(&letter(LETTER), Some(&logo)).unwrap();
    let xml = String::from_utf8(xml).unwrap();
    let letterhead = around(&xml, "LetterheadTable", "w:tbl");
    assert_eq!(letterhead.matches("<w:gridCol ").count(), 2);
    // 40 pt high and twice as wide, in English Metric Units.
    assert!(letterhead.contains("<wp:extent cx=\"1016000\" cy=\"508000\"/>"));
    assert!(letterhead.contains("<a:blip r:embed=\"rIdLogo\"/>"));
    assert!(letterhead.contains("<w:vAlign w:val=\"center\"/>"));
    assert_eq!(
        text_of(letterhead),
        "\nINTERNATIONAL TELECOMMUNICATION UNION\n"
    );
    let rels = String::from_utf8(document_rels(&links, Some(logo.part()), false).unwrap()).unwrap();
    assert!(rels.contains("Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/logo.png\""));
    let types = String::from_utf8(content_types(&[logo.part()]).unwrap()).unwrap();
    assert!(types.contains("PartName=\"/word/media/logo.png\" ContentType=\"image/png\""));
    let without = body_xml(LETTER);
    let letterhead = around(&without, "LetterheadTable", "w:tbl");
    assert_eq!(letterhead.matches("<w:gridCol ").count(), 1);
}
