#include "proviso/rule_set.hpp"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "rule_fields.hpp"

namespace proviso {

namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = "pack.yaml";
const std::set<std::string> kCategories = {"vague-offence", "unsafeguarded-power",
                                           "unsafeguarded-cooperation", "overbroad-scope",
                                           "drafting"};

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > 80) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string csv(const std::set<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::vector<RuleExample> readExamples(RuleFields& fields, const std::string& file) {
    std::vector<RuleExample> examples;
    if (!fields.has("examples")) {
        fields.error("examples", "missing required key 'examples' (flag: and pass: lists)");
        return examples;
    }
    const YAML::Node node = fields.child("examples");
    if (!node.IsMap()) {
        fields.errorAt(node, "'examples' must have 'flag:' and 'pass:' lists");
        return examples;
    }
    for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        if (key != "flag" && key != "pass") {
            fields.errorAt(entry.first, "unknown key '" + key + "' in examples (flag or pass)");
            continue;
        }
        if (!entry.second.IsSequence()) {
            fields.errorAt(entry.second, "'" + key + "' examples must be a list of texts");
            continue;
        }
        for (const auto& item : entry.second) {
            if (!item.IsScalar() || item.Scalar().empty()) {
                fields.errorAt(item, "each example must be non-empty text");
                continue;
            }
            examples.push_back({item.Scalar(), key == "flag", file, item.Mark().line + 1});
        }
    }
    const bool hasFlag = std::any_of(examples.begin(), examples.end(),
                                     [](const RuleExample& e) { return e.mustFlag; });
    const bool hasPass = std::any_of(examples.begin(), examples.end(),
                                     [](const RuleExample& e) { return !e.mustFlag; });
    if (!hasFlag || !hasPass) {
        fields.errorAt(node, "a rule needs at least one 'flag' and one 'pass' example");
    }
    return examples;
}

// Reads one rule mapping; returns nullptr (with errors recorded) if it is not sound.
std::unique_ptr<Rule> readRule(const YAML::Node& node, const std::string& file,
                               const RulePack& pack, std::vector<LoadError>& errors) {
    std::string id;
    if (node.IsMap()) {
        const YAML::Node idNode = node["id"];  // const access: a zombie node if "id" is missing
        if (idNode.IsDefined() && idNode.IsScalar()) id = idNode.Scalar();
    }
    RuleFields fields(node, file, id.empty() ? "?" : id, errors);
    if (!node.IsMap()) {
        fields.errorAt(node, "a rule must be a mapping of keys to values");
        return nullptr;
    }
    RuleInfo info;
    info.pack = pack.name;
    info.safeguardArticles = pack.safeguardArticles;
    info.file = file;
    info.line = node.Mark().line + 1;
    info.id = fields.string("id", true).value_or("");
    if (!info.id.empty() && !isValidId(info.id)) {
        fields.error("id", "rule id must be lower-case letters, digits and dashes");
    }
    info.kind = fields.string("kind", true).value_or("");
    info.category = fields.string("category", true).value_or("");
    if (!info.category.empty() && kCategories.count(info.category) == 0) {
        fields.error("category", "unknown category '" + info.category + "' (expected one of " +
                                     csv(kCategories) + ")");
    }
    if (auto severity = fields.string("severity", true)) {
        if (auto parsed = severityFromString(*severity)) {
            info.severity = *parsed;
        } else {
            fields.error("severity", "unknown severity '" + *severity + "' (high, medium, low)");
        }
    }
    info.languages = fields.strings("languages", true);
    info.message = fields.string("message", true).value_or("");
    info.rationale = fields.string("rationale", true).value_or("");
    info.suggestion = fields.string("suggestion", true).value_or("");
    info.references = fields.strings("references", true);
    info.examples = readExamples(fields, file);
    PatternOptions options;
    options.caseSensitive = fields.boolean("case_sensitive").value_or(false);
    options.wholeWords = fields.boolean("whole_words").value_or(true);

    std::unique_ptr<Rule> rule;
    if (!info.kind.empty()) {
        if (RuleFactory factory = findRuleKind(info.kind)) {
            rule = factory(std::move(info), fields, options);
        } else {
            fields.error("kind", "unknown rule kind '" + info.kind + "' (expected one of " +
                                     knownRuleKinds() + ")");
        }
    }
    fields.rejectUnknownKeys();
    if (fields.failed()) return nullptr;
    return rule;
}

void readRuleDocumentUnguarded(const YAML::Node& root, const std::string& file, RulePack& pack,
                               std::vector<LoadError>& errors);

// yaml-cpp throws when asked the wrong question of a node; whatever slipped through the checks
// above becomes an error for this file instead of an exception in the office.
void readRuleDocument(const YAML::Node& root, const std::string& file, RulePack& pack,
                      std::vector<LoadError>& errors) {
    try {
        readRuleDocumentUnguarded(root, file, pack, errors);
    } catch (const YAML::Exception& e) {
        errors.push_back({file, e.mark.line + 1, e.mark.column + 1, "", e.msg});
    }
}

void readRuleDocumentUnguarded(const YAML::Node& root, const std::string& file, RulePack& pack,
                               std::vector<LoadError>& errors) {
    if (!root.IsMap() || !root["rules"].IsDefined()) {
        const YAML::Mark mark = root.Mark();
        errors.push_back({file, mark.line + 1, mark.column + 1, "",
                          "a rule file must have a top-level 'rules:' list"});
        return;
    }
    for (const auto& entry : root) {
        if (entry.first.Scalar() != "rules") {
            const YAML::Mark mark = entry.first.Mark();
            errors.push_back({file, mark.line + 1, mark.column + 1, "",
                              "unknown top-level key '" + entry.first.Scalar() + "'"});
        }
    }
    const YAML::Node rules = root["rules"];
    if (!rules.IsSequence()) {
        const YAML::Mark mark = rules.Mark();
        errors.push_back({file, mark.line + 1, mark.column + 1, "", "'rules' must be a list"});
        return;
    }
    for (const auto& node : rules) {
        if (auto rule = readRule(node, file, pack, errors)) pack.rules.push_back(std::move(rule));
    }
}

bool parseYaml(const std::string& text, const std::string& file, YAML::Node& out,
               std::vector<LoadError>& errors) {
    try {
        out = YAML::Load(text);
        return true;
    } catch (const YAML::Exception& e) {
        errors.push_back({file, e.mark.line + 1, e.mark.column + 1, "", e.msg});
        return false;
    }
}

bool readFile(const fs::path& path, std::string& out, std::vector<LoadError>& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path.string(), 0, 0, "", "cannot read file"});
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

void readManifest(const fs::path& folder, RulePack& pack, std::vector<LoadError>& errors) {
    const fs::path manifest = folder / kManifest;
    const std::string file = manifest.string();
    std::string text;
    YAML::Node root;
    if (!readFile(manifest, text, errors) || !parseYaml(text, file, root, errors)) return;
    RuleFields fields(root, file, "", errors);
    if (!root.IsMap()) {
        fields.errorAt(root, "pack.yaml must be a mapping (name, version, languages, description)");
        return;
    }
    pack.name = fields.string("name", true).value_or(folder.filename().string());
    pack.version = fields.string("version", true).value_or("");
    pack.languages = fields.strings("languages", true);
    pack.description = fields.string("description", true).value_or("");
    pack.safeguardArticles = fields.strings("safeguard_articles", false);
    static const RE2 label(R"((Article|Section) \d+[a-z]?)");
    for (const auto& article : pack.safeguardArticles) {
        if (!RE2::FullMatch(article, label)) {
            fields.error("safeguard_articles",
                         "'" + article + "' must read like \"Article 15\" or \"Section 37\"");
        }
    }
    fields.rejectUnknownKeys();
}

}  // namespace

std::string LoadError::toString() const {
    std::ostringstream out;
    out << file;
    if (line > 0) out << ':' << line << ':' << column;
    out << ": ";
    if (!ruleId.empty()) out << ruleId << ": ";
    out << message;
    return out.str();
}

void RuleSet::loadPackFolder(const fs::path& folder, std::vector<LoadError>& errors) {
    RulePack pack;
    pack.location = folder;
    pack.name = folder.filename().string();
    readManifest(folder, pack, errors);
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const fs::path& p = entry.path();
        if (entry.is_regular_file() && p.extension() == ".yaml" && p.filename() != kManifest) {
            files.push_back(p);
        }
    }
    std::sort(files.begin(), files.end());  // the same order on every machine
    for (const auto& file : files) {
        std::string text;
        YAML::Node root;
        if (readFile(file, text, errors) && parseYaml(text, file.string(), root, errors)) {
            readRuleDocument(root, file.string(), pack, errors);
        }
    }
    packs_.push_back(std::move(pack));
}

void RuleSet::load(const fs::path& path, std::vector<LoadError>& errors) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        RulePack pack;
        pack.name = path.stem().string();
        pack.location = path;
        std::string text;
        YAML::Node root;
        if (readFile(path, text, errors) && parseYaml(text, path.string(), root, errors)) {
            readRuleDocument(root, path.string(), pack, errors);
        }
        packs_.push_back(std::move(pack));
    } else if (fs::is_directory(path, ec)) {
        if (fs::exists(path / kManifest)) {
            loadPackFolder(path, errors);
            return;
        }
        std::vector<fs::path> folders;
        for (const auto& entry : fs::directory_iterator(path, ec)) {
            if (entry.is_directory() && fs::exists(entry.path() / kManifest)) {
                folders.push_back(entry.path());
            }
        }
        std::sort(folders.begin(), folders.end());
        if (folders.empty()) {
            errors.push_back({path.string(), 0, 0, "",
                              "no rule packs here (a pack is a folder with a pack.yaml)"});
        }
        for (const auto& folder : folders) loadPackFolder(folder, errors);
    } else {
        errors.push_back({path.string(), 0, 0, "", "no such file or folder"});
        return;
    }
    // Rule ids are how users look rules up and switch them off: they must be unique.
    std::set<std::string> seen;
    for (auto& pack : packs_) {
        auto& rules = pack.rules;
        for (auto it = rules.begin(); it != rules.end();) {
            if (!seen.insert((*it)->info().id).second) {
                const RuleInfo& info = (*it)->info();
                errors.push_back({info.file, info.line, 1, info.id,
                                  "duplicate rule id (already defined in another file or pack)"});
                it = rules.erase(it);
            } else {
                ++it;
            }
        }
    }
}

void RuleSet::loadText(const std::string& text, const std::string& fileName,
                       std::vector<LoadError>& errors) {
    RulePack pack;
    pack.name = fileName;
    YAML::Node root;
    if (parseYaml(text, fileName, root, errors)) readRuleDocument(root, fileName, pack, errors);
    packs_.push_back(std::move(pack));
}

std::vector<const Rule*> RuleSet::rules() const {
    std::vector<const Rule*> out;
    for (const auto& pack : packs_) {
        for (const auto& rule : pack.rules) out.push_back(rule.get());
    }
    return out;
}

const Rule* RuleSet::find(const std::string& id) const {
    for (const auto& pack : packs_) {
        for (const auto& rule : pack.rules) {
            if (rule->info().id == id) return rule.get();
        }
    }
    return nullptr;
}

}  // namespace proviso
