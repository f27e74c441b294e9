//! The letter's logical structure, which a tagged PDF hands to screen readers: paragraphs,
//! headings, lists, tables, the logo, links, in reading order.
//!
//! Layout knows which block every run of text comes from, so it records it here as it places
//! them: each run (and link rectangle, and the logo) is marked with the node of the tree it
//! belongs to, or as page furniture. The tree stays free of PDF types; the PDF backend turns it
//! into the file's structure tree. A node's place among its siblings is where its first content
//! comes in reading order.

use super::page::{Mark, Page};

/// What a node of the tree is.
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Paragraph,
    /// A heading of `level` (1: the subject), with its text for outlines and screen readers.
    Heading {
        level: u8,
        title: String,
    },
    List {
        numbered: bool,
    },
    Item,
    /// A list item's number or bullet, or a header row's label ("Réf.:").
    Label,
    /// What a list item says.
    Body,
    Table,
    Row,
    /// The first cell of a table row (the date of a deadline).
    HeaderCell,
    Cell,
    /// The letterhead logo.
    Figure,
    /// A web or mail address, with its link rectangles.
    Link,
}

/// A node and its parent (none: the document itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub role: Role,
    pub parent: Option<usize>,
}

/// The tree as layout grows it.
#[derive(Debug, Default)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// The link node last filled, and its target: a link cut over two lines stays one link.
    last_link: Option<(usize, String)>,
    /// The list of numbered paragraphs, while it lasts.
    list: Option<usize>,
    /// What the current numbered paragraph says: where its continuations, bullets and tables go.
    body: Option<usize>,
    /// An annex has begun: headings are under its heading.
    annex: bool,
}

impl Tree {
    /// Adds a node under `parent`; returns its number.
    pub fn add(&mut self, role: Role, parent: Option<usize>) -> usize {
        self.nodes.push(Node { role, parent });
        self.nodes.len() - 1
    }

    /// A paragraph of its own, after the numbered paragraphs if any.
    pub fn paragraph(&mut self) -> usize {
        self.paragraph_like(Role::Paragraph)
    }

    /// A block of its own kind (a heading, the header's list), after the numbered paragraphs.
    pub fn paragraph_like(&mut self, role: Role) -> usize {
        (self.list, self.body) = (None, None);
        self.add(role, None)
    }

    /// A numbered paragraph: an item of the list of numbered paragraphs. Returns the nodes of
    /// its number and of its text.
    pub fn numbered(&mut self) -> (usize, usize) {
        let list = match self.list {
            Some(list) => list,
            None => self.add(Role::List { numbered: true }, None),
        };
        let (label, body) = self.item(list);
        (self.list, self.body) = (Some(list), Some(body));
        (label, self.add(Role::Paragraph, Some(body)))
    }

    /// A paragraph that continues the numbered one before it (or stands alone).
    pub fn continued(&mut self) -> usize {
        self.add(Role::Paragraph, self.body)
    }

    /// A list or table inside the current numbered paragraph (or at the top).
    pub fn inner(&mut self, role: Role) -> usize {
        self.add(role, self.body)
    }

    /// An item of `list`: its label and body nodes.
    pub fn item(&mut self, list: usize) -> (usize, usize) {
        let item = self.add(Role::Item, Some(list));
        (
            self.add(Role::Label, Some(item)),
            self.add(Role::Body, Some(item)),
        )
    }

    /// A heading: an annex's at level 2, a heading within an annex at level 3.
    pub fn heading(&mut self, annex: bool, title: String) -> usize {
        self.annex |= annex;
        let level = if self.annex && !annex { 3 } else { 2 };
        self.paragraph_like(Role::Heading { level, title })
    }

    /// Marks everything of `page` not yet marked as content of `node`; text that is a link
    /// goes into a link node under `node`, with the rectangles of the same address.
    pub fn mark(&mut self, page: &mut Page, node: usize) {
        let mut links: Vec<(String, usize)> = Vec::new();
        for run in page
            .runs
            .iter_mut()
            .filter(|run| run.mark == Mark::Unmarked)
        {
            let Some(target) = &run.link else {
                self.last_link = None;
                run.mark = Mark::Node(node);
                continue;
            };
            let link = self.link(node, target);
            links.push((target.clone(), link));
            run.mark = Mark::Node(link);
        }
        for rect in page.links.iter_mut().filter(|l| l.mark == Mark::Unmarked) {
            let found = links.iter().find(|(target, _)| *target == rect.target);
            rect.mark = found.map_or(Mark::Node(node), |(_, link)| Mark::Node(*link));
        }
        if page.logo.is_some() && page.logo_mark == Mark::Unmarked {
            page.logo_mark = Mark::Node(node);
        }
    }

    /// The link node for `target` under `parent`: the last one when it is the same address.
    fn link(&mut self, parent: usize, target: &str) -> usize {
        if let Some((node, last)) = &self.last_link
            && last == target
            && self.nodes[*node].parent == Some(parent)
        {
            return *node;
        }
        let node = self.add(Role::Link, Some(parent));
        self.last_link = Some((node, target.to_string()));
        node
    }
}
