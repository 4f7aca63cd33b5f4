#include "proviso/structure.hpp"

#include <re2/re2.h>

#include <memory>

namespace proviso {

namespace {

struct Heading {
    std::string article;    // "Article 28" / "Section 24"
    std::string paragraph;  // "(1)" or "" when the block does not number a paragraph
};

RE2::Options caseless() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return options;
}

// The keyword decides how the label reads: treaties have articles, common-law bills sections.
const RE2& articleHeading() {
    static const RE2 re(R"(^\s*(?:#+\s*)?(article|art\.?|artículo|artigo|section|sec\.|s\.)\s*)"
                        R"((\d+[a-z]?(?:\s+(?:bis|ter|quater))?(?:\s+[a-z]\b)?)(?:\s*\((\d+)\))?)",
                        caseless());
    return re;
}

// "24(1) A person who..." at the start of a block: section 24, subsection 1.
const RE2& bareSectionParagraph() {
    static const RE2 re(R"(^\s*(\d+[A-Z]?)\((\d+)\)\s)", caseless());
    return re;
}

const RE2& paragraphNumber() {
    static const RE2 re(R"(^\s*(?:\((\d+|[a-z]{1,4})\)|(\d+)\.)\s)", caseless());
    return re;
}

std::string articleLabel(const std::string& keyword, const std::string& number) {
    const char first = keyword.empty() ? 'a' : static_cast<char>(std::tolower(keyword[0]));
    if (first == 's') return "Section " + number;
    return "Article " + number;
}

Heading readHeading(const Block& block) {
    Heading heading;
    std::string keyword, number, sub;
    if (RE2::PartialMatch(block.text, articleHeading(), &keyword, &number, &sub)) {
        heading.article = articleLabel(keyword, number);
        if (!sub.empty()) heading.paragraph = "(" + sub + ")";
        return heading;
    }
    if (RE2::PartialMatch(block.text, bareSectionParagraph(), &number, &sub)) {
        heading.article = "Section " + number;
        heading.paragraph = "(" + sub + ")";
        return heading;
    }
    std::string bracketed, dotted;
    if (RE2::PartialMatch(block.text, paragraphNumber(), &bracketed, &dotted)) {
        // Only numbers open a paragraph; "(a)" items stay inside the paragraph they belong to.
        const std::string& n = bracketed.empty() ? dotted : bracketed;
        if (!n.empty() && std::isdigit(static_cast<unsigned char>(n[0]))) {
            heading.paragraph = "(" + n + ")";
        }
    } else if (!block.listLabel.empty()) {
        std::string label = block.listLabel;
        while (!label.empty() && (label.back() == '.' || label.back() == ' ')) label.pop_back();
        if (!label.empty() && std::isdigit(static_cast<unsigned char>(label[0]))) {
            heading.paragraph = "(" + label + ")";
        }
    }
    return heading;
}

}  // namespace

std::pair<std::size_t, std::size_t> DocumentStructure::articleBlocks(std::size_t block) const {
    const std::size_t article = provisions[provisionOf[block]].article;
    std::size_t first = provisions[article].firstBlock;
    std::size_t end = first;
    for (std::size_t p = article; p < provisions.size() && provisions[p].article == article; ++p) {
        end = provisions[p].endBlock;
    }
    return {first, end};
}

DocumentStructure segmentProvisions(const Document& doc) {
    DocumentStructure structure;
    structure.provisionOf.resize(doc.blocks.size());
    structure.isTitle.resize(doc.blocks.size());
    std::string article;
    auto open = [&](std::string label, std::size_t block, bool newArticle) {
        if (!structure.provisions.empty()) structure.provisions.back().endBlock = block;
        Provision p;
        p.label = std::move(label);
        p.firstBlock = block;
        p.endBlock = block;
        p.article = newArticle || structure.provisions.empty()
                        ? structure.provisions.size()
                        : structure.provisions.back().article;
        structure.provisions.push_back(std::move(p));
    };
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block& block = doc.blocks[b];
        const std::size_t firstChar = block.text.find_first_not_of(" \t");
        structure.isTitle[b] = block.outlineLevel > 0 ||
                               (firstChar != std::string::npos && block.text[firstChar] == '#');
        const Heading heading = readHeading(block);
        if (!heading.article.empty()) {
            article = heading.article;
            open(article + heading.paragraph, b, true);
        } else if (!heading.paragraph.empty()) {
            open(article + heading.paragraph, b, structure.provisions.empty());
        } else if (structure.provisions.empty()) {
            open("", b, true);
        }
        structure.provisionOf[b] = structure.provisions.size() - 1;
    }
    if (!structure.provisions.empty()) structure.provisions.back().endBlock = doc.blocks.size();
    return structure;
}

}  // namespace proviso
