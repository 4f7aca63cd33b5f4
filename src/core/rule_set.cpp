#include "proviso/rule_set.hpp"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstddef>
#include <new>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <thread>

#include "bounded_yaml.hpp"
#include "proviso/file_reader.hpp"
#include "proviso/roles.hpp"
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
            fields.errorAt(entry.first,
                           "unknown key " + inQuotes(key) + " in examples (flag or pass)");
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

// "{match}", "{provision}", "{missing}": what makeFinding fills in, once each.
std::size_t countPlaceholders(const std::string& message) {
    std::size_t count = 0;
    for (std::size_t open = message.find('{'); open != std::string::npos;
         open = message.find('{', open + 1)) {
        const std::size_t close = message.find('}', open);
        if (close == std::string::npos) break;
        const auto name = std::string_view(message).substr(open + 1, close - open - 1);
        if (!name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || c == '_';
            })) {
            ++count;
        }
    }
    return count;
}

// The concepts a rule's patterns name, in order of first mention: every text of the rule but
// what it says to people and its examples.
void collectConcepts(const YAML::Node& node, std::vector<std::string>& names) {
    if (node.IsScalar()) {
        for (auto& name : Vocabulary::referencesIn(node.Scalar())) {
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
    } else if (node.IsSequence()) {
        for (const auto& item : node) collectConcepts(item, names);
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            static const std::set<std::string> kForPeople = {
                "id", "message", "rationale", "suggestion", "references", "examples"};
            if (!kForPeople.count(entry.first.Scalar())) collectConcepts(entry.second, names);
        }
    }
}

// How rules are read: with the concepts known so far, patterns compiled now or on first use.
struct Reading {
    const Vocabulary& vocabulary;
    bool deferPatterns = false;
};

// Reads one rule mapping; returns nullptr (with errors recorded) if it is not sound.
std::unique_ptr<Rule> readRule(const YAML::Node& node, const std::string& file,
                               const RulePack& pack, const Reading& reading,
                               std::vector<LoadError>& errors) {
    std::string id;
    if (node.IsMap()) {
        const YAML::Node idNode = node["id"];  // const access: a zombie node if "id" is missing
        if (idNode.IsDefined() && idNode.IsScalar()) id = idNode.Scalar();
    }
    // The id heads every error of the rule: a long or odd one is shown cut and escaped.
    RuleFields fields(node, file, id.empty() ? "?" : isValidId(id) ? id : excerpt(id, 40), errors);
    if (!node.IsMap()) {
        fields.errorAt(node, "a rule must be a mapping of keys to values");
        return nullptr;
    }
    RuleInfo info;
    info.pack = pack.name;
    info.packVersion = pack.version;
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
        fields.error("category", "unknown category " + inQuotes(info.category) +
                                     " (expected one of " + csv(kCategories) + ")");
    }
    if (auto severity = fields.string("severity", true)) {
        if (auto parsed = severityFromString(*severity)) {
            info.severity = *parsed;
        } else {
            fields.error("severity",
                         "unknown severity " + inQuotes(*severity) + " (high, medium, low)");
        }
    }
    info.languages = fields.strings("languages", true);
    fields.useConcepts(&reading.vocabulary, info.languages);
    if (reading.deferPatterns) fields.deferPatterns();
    collectConcepts(node, info.concepts);
    info.message = fields.localized("message", true, info.languages, limits::kMessageChars);
    std::vector<std::string> messages{info.message.text};
    for (const auto& entry : info.message.byLanguage) messages.push_back(entry.second);
    for (const std::string& message : messages) {
        if (const std::size_t n = countPlaceholders(message); n > limits::kMessagePlaceholders) {
            fields.error("message", "the message has " + std::to_string(n) +
                                        " placeholders ({match}...); it may have at most " +
                                        std::to_string(limits::kMessagePlaceholders));
            break;
        }
    }
    info.rationale = fields.localized("rationale", true, info.languages);
    info.suggestion = fields.localized("suggestion", true, info.languages);
    info.references = fields.strings("references", true);
    info.examples = readExamples(fields, file);
    if (fields.has("roles")) {
        for (const std::string& name : fields.strings("roles", true)) {
            if (const auto role = roleFromName(name)) {
                info.roles |= *role;
            } else {
                fields.error("roles",
                             "unknown role " + inQuotes(name) + " (expected " + roleNames() + ")");
            }
        }
    }
    PatternOptions options;
    options.caseSensitive = fields.boolean("case_sensitive").value_or(false);
    options.wholeWords = fields.boolean("whole_words").value_or(true);

    std::unique_ptr<Rule> rule;
    if (!info.kind.empty()) {
        if (RuleFactory factory = findRuleKind(info.kind)) {
            rule = factory(std::move(info), fields, options);
        } else {
            fields.error("kind", "unknown rule kind " + inQuotes(info.kind) + " (expected one of " +
                                     knownRuleKinds() + ")");
        }
    }
    fields.rejectUnknownKeys();
    if (fields.failed()) return nullptr;
    if (rule) rule->setPatterns(fields.made());
    return rule;
}

// The first pass over a rule file: its concepts, if any, so that every rule of the pack may use
// them whatever file they are in. Also checks what the file holds at the top.
void readConceptsOf(const YAML::Node& root, const std::string& file, Vocabulary& vocabulary,
                    std::vector<LoadError>& errors) {
    if (!root.IsMap() || (!root["rules"].IsDefined() && !root["concepts"].IsDefined())) {
        const YAML::Mark mark = root.Mark();
        errors.push_back({file, mark.line + 1, mark.column + 1, "",
                          "a rule file must have a top-level 'rules:' list (or 'concepts:')"});
        return;
    }
    for (const auto& entry : root) {
        if (entry.first.Scalar() != "rules" && entry.first.Scalar() != "concepts") {
            const YAML::Mark mark = entry.first.Mark();
            errors.push_back({file, mark.line + 1, mark.column + 1, "",
                              "unknown top-level key " + inQuotes(entry.first.Scalar())});
        }
    }
    if (root["concepts"].IsDefined()) vocabulary.add(root["concepts"], file, errors);
}

// The second pass: the rules, with every concept of the pack known.
void readRuleDocument(const YAML::Node& root, const std::string& file, RulePack& pack,
                      const Reading& reading, std::vector<LoadError>& errors) {
    if (!root.IsMap() || !root["rules"].IsDefined()) return;  // told in the first pass
    const YAML::Node rules = root["rules"];
    if (!rules.IsSequence()) {
        const YAML::Mark mark = rules.Mark();
        errors.push_back({file, mark.line + 1, mark.column + 1, "", "'rules' must be a list"});
        return;
    }
    for (const auto& node : rules) {
        if (auto rule = readRule(node, file, pack, reading, errors)) {
            pack.rules.push_back(std::move(rule));
        }
    }
}

// A problem with a whole file (or folder), not with a place in it.
LoadError wholeFile(const fs::path& file, std::string message) {
    return {file.string(), 0, 0, "", std::move(message)};
}

LoadError outOfMemory(const fs::path& file) {
    return wholeFile(file, "not loaded: there is not enough memory to read it");
}

// Everything that can go wrong with one file ends here, as errors for that file, so that the
// other files and packs still load. yaml-cpp throws when asked the wrong question of a node, and
// memory may run out for all the limits (a pack may be hostile): an exception in the office
// would take the user's unsaved work with it.
template <class Read>
void guardFile(const std::string& file, std::vector<LoadError>& errors, Read&& read) {
    const std::size_t before = errors.size();
    try {
        read();
    } catch (const YAML::Exception& e) {
        errors.push_back({file, e.mark.line + 1, e.mark.column + 1, "", excerpt(e.msg, 200)});
    } catch (const std::bad_alloc&) {
        errors.push_back(outOfMemory(file));
    } catch (const std::exception& e) {
        errors.push_back(wholeFile(file, "not loaded: " + excerpt(e.what(), 200)));
    }
    // A file that is no rule file at all (a password file read as YAML) has a problem on every
    // line; a person reads the first few, and the rest would only echo the file.
    if (errors.size() - before > limits::kErrorsPerFile) {
        const std::size_t more = errors.size() - before - limits::kErrorsPerFile;
        errors.erase(errors.begin() + static_cast<std::ptrdiff_t>(before + limits::kErrorsPerFile),
                     errors.end());
        errors.push_back(wholeFile(
            file, more == 1 ? "1 more problem in this file is not shown"
                            : std::to_string(more) + " more problems in this file are not shown"));
    }
}

// The text of one file of a pack, or nullopt with the reason recorded (see readRegularFile).
std::optional<std::string> readPackFile(const fs::path& path, std::vector<LoadError>& errors) {
    std::string problem;
    auto text = readRegularFile(path, limits::kFileBytes, problem);
    if (!text) errors.push_back(wholeFile(path, problem));
    return text;
}

// A rule file read and parsed, between the two passes over the files of a pack.
struct ParsedFile {
    std::string file;
    YAML::Node root;
};

// Reads and parses a rule file, without looking at what it says.
std::optional<ParsedFile> parseYamlFile(const fs::path& path, std::vector<LoadError>& errors) {
    ParsedFile parsed{path.string(), YAML::Node()};
    bool ok = false;
    guardFile(parsed.file, errors, [&] {
        const auto text = readPackFile(path, errors);
        ok = text && parseBoundedYaml(*text, parsed.file, parsed.root, errors);
    });
    if (!ok) return std::nullopt;
    return parsed;
}

std::optional<ParsedFile> parseRuleFile(const fs::path& path, Vocabulary& vocabulary,
                                        std::vector<LoadError>& errors) {
    auto parsed = parseYamlFile(path, errors);
    if (parsed) {
        guardFile(parsed->file, errors,
                  [&] { readConceptsOf(parsed->root, parsed->file, vocabulary, errors); });
    }
    return parsed;
}

// Runs work(0) .. work(count - 1), on as many threads as there are cores (at most `count`).
// Each call must touch only what is its own; exceptions must not leave it.
template <class Work>
void inParallel(std::size_t count, Work work) {
    const std::size_t threads =
        std::min<std::size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) work(i);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& thread : pool) thread.join();
}

void readRules(const ParsedFile& parsed, RulePack& pack, const Reading& reading,
               std::vector<LoadError>& errors) {
    guardFile(parsed.file, errors,
              [&] { readRuleDocument(parsed.root, parsed.file, pack, reading, errors); });
}

void readManifestUnguarded(const fs::path& folder, RulePack& pack, std::vector<LoadError>& errors) {
    const fs::path manifest = folder / kManifest;
    const std::string file = manifest.string();
    const auto text = readPackFile(manifest, errors);
    YAML::Node root;
    if (!text || !parseBoundedYaml(*text, file, root, errors)) return;
    RuleFields fields(root, file, "", errors);
    if (!root.IsMap()) {
        fields.errorAt(root, "pack.yaml must be a mapping (name, version, languages, description)");
        return;
    }
    // A mapping with none of a manifest's keys is some other file (a list of accounts is a
    // YAML mapping too): one error, rather than each of its lines as an unknown key.
    if (!fields.has("name") && !fields.has("version") && !fields.has("languages") &&
        !fields.has("description")) {
        fields.errorAt(root,
                       "this is not a pack manifest: it has none of name, version, languages, "
                       "description");
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
                         inQuotes(article) + " must read like \"Article 15\" or \"Section 37\"");
        }
    }
    fields.rejectUnknownKeys();
}

void readManifest(const fs::path& folder, RulePack& pack, std::vector<LoadError>& errors) {
    guardFile((folder / kManifest).string(), errors,
              [&] { readManifestUnguarded(folder, pack, errors); });
}

// True if `file` lies in `folder` once the links of both are followed. A pack is a folder
// someone may have downloaded; a pack.yaml that links to /etc/shadow must not be read, or its
// lines would come back as "unknown key" errors.
bool isInside(const fs::path& file, const fs::path& folder) {
    std::error_code ec;
    const fs::path target = fs::weakly_canonical(file, ec);
    if (ec) return false;
    const fs::path base = fs::weakly_canonical(folder, ec);
    if (ec) return false;
    const fs::path relative = target.lexically_relative(base);
    return !relative.empty() && *relative.begin() != "..";
}

LoadError linksOutside(const fs::path& file) {
    return wholeFile(file, "not read: it is a link to outside its pack folder");
}

bool isHidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';  // .git, editors' lock and swap files
}

// True for names a person would take for a rule file: .yaml, .yml, .YAML...
bool looksLikeRuleFile(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".yaml" || ext == ".yml";
}

bool hasManifest(const fs::path& folder) {
    std::error_code ec;
    // symlink_status: a pack.yaml that is a broken link still makes a pack, and is reported.
    return fs::exists(fs::symlink_status(folder / kManifest, ec));
}

// Why a folder in a folder of packs is not read, if it looks like a pack without a pack.yaml;
// nothing for a folder that has nothing to do with rules.
std::optional<std::string> notAPack(const fs::path& folder) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(folder / "pack.yml", ec))) {
        return "not read: a rule pack needs a pack.yaml (rename pack.yml)";
    }
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (!isHidden(it->path()) && looksLikeRuleFile(it->path())) {
            return "not read: it holds rule files but no pack.yaml, so it is not a rule pack";
        }
    }
    return std::nullopt;
}

}  // namespace

std::string LoadError::toString() const {
    std::ostringstream out;
    out << file;
    if (line > 0) out << ':' << line << ':' << column;
    out << ": ";
    if (!ruleId.empty()) out << ruleId << ": ";
    out << message;
    return excerpt(out.str(), std::string::npos);
}

RuleSet RuleSet::loadAll(const std::vector<fs::path>& paths, std::vector<LoadError>& errors,
                         const RuleSet* alongside, PatternCompilation compilation) {
    RuleSet set;
    set.compilation_ = compilation;
    if (alongside != nullptr) {
        set.ids_ = alongside->ids_;
        set.vocabulary_.addAll(alongside->vocabulary_);
    }
    for (const auto& path : paths) set.load(path, errors);
    return set;
}

void RuleSet::addPack(RulePack pack, std::vector<LoadError>& errors) {
    auto& rules = pack.rules;
    for (auto it = rules.begin(); it != rules.end();) {
        const RuleInfo& info = (*it)->info();
        const auto [first, isNew] = ids_.try_emplace(info.id, info.file, info.line);
        if (isNew) {
            ++it;
            continue;
        }
        errors.push_back({info.file, info.line, 1, info.id,
                          "duplicate rule id: already defined at " + first->second.first + ":" +
                              std::to_string(first->second.second) + "; this one is not loaded"});
        it = rules.erase(it);
    }
    packs_.push_back(std::move(pack));
}

void RuleSet::loadPackFolder(const fs::path& folder, std::vector<LoadError>& errors) {
    RulePack pack;
    pack.location = folder;
    pack.name = folder.filename().string();
    const fs::path manifest = folder / kManifest;
    if (isInside(manifest, folder)) {
        readManifest(folder, pack, errors);
    } else {
        errors.push_back(linksOutside(manifest));
    }
    std::vector<fs::path> files;
    std::vector<LoadError> notRead;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.filename() == kManifest || isHidden(p) || !looksLikeRuleFile(p)) continue;
        if (p.extension() == ".yaml") {
            files.push_back(p);
        } else {
            notRead.push_back(wholeFile(
                p, "not read: rule files end in '.yaml', not " + inQuotes(p.extension().string())));
        }
    }
    if (ec) errors.push_back(wholeFile(folder, "cannot list the folder: " + ec.message()));
    // Sorted: the same order, and so the same "first" of two duplicate ids, on every machine.
    std::sort(files.begin(), files.end());
    std::sort(notRead.begin(), notRead.end(),
              [](const LoadError& a, const LoadError& b) { return a.file < b.file; });
    errors.insert(errors.end(), notRead.begin(), notRead.end());
    // The files of a pack are parsed, and then their rules read, on every core: YAML parsing
    // is most of what loading costs once patterns compile on first use. Each file's errors
    // and rules are then taken in the order of the files, as if read one after another.
    struct OneFile {
        std::optional<ParsedFile> parsed;
        bool inside = false;  // not a link to outside the pack folder
        std::vector<LoadError> parseErrors, ruleErrors;
        RulePack rules;
    };
    std::vector<OneFile> each(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) each[i].inside = isInside(files[i], folder);
    inParallel(files.size(), [&](std::size_t i) {
        if (each[i].inside) each[i].parsed = parseYamlFile(files[i], each[i].parseErrors);
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!each[i].inside) {
            errors.push_back(linksOutside(files[i]));
            continue;
        }
        errors.insert(errors.end(), each[i].parseErrors.begin(), each[i].parseErrors.end());
        if (const auto& parsed = each[i].parsed) {
            guardFile(parsed->file, errors,
                      [&] { readConceptsOf(parsed->root, parsed->file, vocabulary_, errors); });
        }
    }
    const Reading reading{vocabulary_, compilation_ == PatternCompilation::OnFirstUse};
    inParallel(files.size(), [&](std::size_t i) {
        if (!each[i].parsed) return;
        each[i].rules.name = pack.name;
        each[i].rules.version = pack.version;
        each[i].rules.safeguardArticles = pack.safeguardArticles;
        readRules(*each[i].parsed, each[i].rules, reading, each[i].ruleErrors);
    });
    for (auto& one : each) {
        errors.insert(errors.end(), one.ruleErrors.begin(), one.ruleErrors.end());
        for (auto& rule : one.rules.rules) pack.rules.push_back(std::move(rule));
    }
    addPack(std::move(pack), errors);
}

void RuleSet::loadFolder(const fs::path& path, std::vector<LoadError>& errors) {
    std::vector<fs::path> folders;
    std::vector<LoadError> notRead;
    std::error_code ec;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (isHidden(p)) continue;
        std::error_code typeError;
        if (it->is_directory(typeError)) {
            if (hasManifest(p)) {
                folders.push_back(p);
            } else if (auto why = notAPack(p)) {
                notRead.push_back(wholeFile(p, std::move(*why)));
            }
        } else if (looksLikeRuleFile(p)) {
            notRead.push_back(
                wholeFile(p,
                          "not read: a rule file must be in a pack folder (a folder with "
                          "a pack.yaml)"));
        }
    }
    if (ec) errors.push_back(wholeFile(path, "cannot list the folder: " + ec.message()));
    std::sort(folders.begin(), folders.end());
    std::sort(notRead.begin(), notRead.end(),
              [](const LoadError& a, const LoadError& b) { return a.file < b.file; });
    if (folders.empty() && notRead.empty() && !ec) {
        errors.push_back(
            wholeFile(path, "no rule packs here (a pack is a folder with a pack.yaml)"));
    }
    errors.insert(errors.end(), notRead.begin(), notRead.end());
    for (const auto& folder : folders) loadPackFolder(folder, errors);
}

void RuleSet::load(const fs::path& path, std::vector<LoadError>& errors) {
    try {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (fs::is_directory(status)) {
            if (hasManifest(path)) {
                loadPackFolder(path, errors);
            } else {
                loadFolder(path, errors);
            }
        } else if (fs::exists(status)) {
            // A rule file named on its own: read wherever it lies, since the user chose it,
            // but only if it is a regular file within the limits.
            RulePack pack;
            pack.name = path.stem().string();
            pack.location = path;
            if (auto parsed = parseRuleFile(path, vocabulary_, errors)) {
                readRules(*parsed, pack,
                          Reading{vocabulary_, compilation_ == PatternCompilation::OnFirstUse},
                          errors);
            }
            addPack(std::move(pack), errors);
        } else {
            errors.push_back(wholeFile(path, "no such file or folder"));
        }
    } catch (const std::bad_alloc&) {
        errors.push_back(outOfMemory(path));
    } catch (const std::exception& e) {
        errors.push_back(wholeFile(path, "not loaded: " + excerpt(e.what(), 200)));
    }
}

void RuleSet::loadText(const std::string& text, const std::string& fileName,
                       std::vector<LoadError>& errors) {
    RulePack pack;
    pack.name = fileName;
    guardFile(fileName, errors, [&] {
        YAML::Node root;
        if (parseBoundedYaml(text, fileName, root, errors)) {
            readConceptsOf(root, fileName, vocabulary_, errors);
            readRuleDocument(root, fileName, pack,
                             Reading{vocabulary_, compilation_ == PatternCompilation::OnFirstUse},
                             errors);
        }
    });
    addPack(std::move(pack), errors);
}

namespace {

LoadError patternError(const Pattern& pattern) {
    const PatternOrigin& at = pattern.origin();
    return {at.file, at.line, at.column, at.ruleId,
            badPattern(at.key, pattern.error().value_or(""))};
}

}  // namespace

void RuleSet::compileAll(std::vector<LoadError>& errors) const {
    for (const Rule* rule : rules()) {
        for (const Pattern* pattern : rule->patterns()) {
            if (!pattern->ensureCompiled()) errors.push_back(patternError(*pattern));
        }
    }
}

std::vector<LoadError> RuleSet::patternErrors() const {
    std::vector<LoadError> errors;
    for (const Rule* rule : rules()) {
        for (const Pattern* pattern : rule->patterns()) {
            if (pattern->error()) errors.push_back(patternError(*pattern));
        }
    }
    return errors;
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
