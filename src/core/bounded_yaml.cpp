#include "bounded_yaml.hpp"

#include <yaml-cpp/eventhandler.h>

#include <cstdint>
#include <map>
#include <sstream>

#include "rule_fields.hpp"

namespace proviso {

namespace {

struct LimitCrossed {
    YAML::Mark mark;
    std::string message;
};

// Counts what a reader of the tree will meet. Memory: one entry per anchor and per open
// collection; time: one step per event, since an alias adds the size recorded for its anchor.
class ExpandedSize final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 0); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        leaf(mark, anchor, value.size());
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const auto it = sizes_.find(anchor);
        // yaml-cpp knows an anchor from where it is written, so "&a [*a]" is a list that
        // contains itself; its size is not known yet, and would never be.
        if (it == sizes_.end()) {
            throw LimitCrossed{mark, "this alias is inside the node it names, which never ends"};
        }
        add(mark, it->second.values, it->second.bytes);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Size {
        std::uint64_t values = 0, bytes = 0;
    };
    struct Open {
        YAML::anchor_t anchor;
        Size before;
    };

    void add(const YAML::Mark& mark, std::uint64_t values, std::uint64_t bytes) {
        total_.values += values;
        total_.bytes += bytes;
        if (total_.values > limits::kYamlValues) {
            throw LimitCrossed{mark, "past " + std::to_string(limits::kYamlValues) +
                                         " YAML values, each alias counted as what it names: "
                                         "split the file or use fewer aliases"};
        }
        if (total_.bytes > limits::kYamlTextBytes) {
            throw LimitCrossed{mark, "past " + std::to_string(limits::kYamlTextBytes >> 20) +
                                         " MB of text, each alias counted as what it names: "
                                         "split the file or use fewer aliases"};
        }
    }
    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, std::uint64_t bytes) {
        add(mark, 1, bytes);
        if (anchor != YAML::NullAnchor) sizes_[anchor] = {1, bytes};
    }
    void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
        open_.push_back({anchor, total_});
        add(mark, 1, 0);
    }
    void close() {
        const Open done = open_.back();
        open_.pop_back();
        if (done.anchor != YAML::NullAnchor) {
            sizes_[done.anchor] = {total_.values - done.before.values,
                                   total_.bytes - done.before.bytes};
        }
    }

    Size total_;
    std::map<YAML::anchor_t, Size> sizes_;
    std::vector<Open> open_;
};

LoadError errorAt(const std::string& file, const YAML::Mark& mark, std::string message) {
    // yaml-cpp's own messages are fixed texts; escaped all the same, since they end up on a
    // terminal or in a dialog.
    return {file, mark.line + 1, mark.column + 1, "", excerpt(message, 200)};
}

}  // namespace

bool parseBoundedYaml(const std::string& text, const std::string& file, YAML::Node& out,
                      std::vector<LoadError>& errors) {
    try {
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        ExpandedSize size;
        parser.HandleNextDocument(size);  // the first document only, as YAML::Load reads
        out = YAML::Load(text);
        return true;
    } catch (const LimitCrossed& e) {
        errors.push_back(errorAt(file, e.mark, e.message));
    } catch (const YAML::Exception& e) {
        errors.push_back(errorAt(file, e.mark, e.msg));
    }
    return false;
}

}  // namespace proviso
