// Internal: YAML text to a yaml-cpp tree, within the limits of rule_set.hpp. yaml-cpp shares an
// aliased node rather than copying it, so a small file can name a huge tree: a 1 MB text
// anchored once and aliased a thousand times parses in a moment, then reads as a gigabyte when a
// rule's fields copy each use. An alias may even sit inside the node it names, a tree without
// end. The text is therefore first parsed as a stream of events, counting every value and every
// byte of text as the readers will meet them (each alias as the whole of what it names), and
// refused at the first limit crossed; only then is the tree built.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso {

// The first document of `text` in `out`; false, with errors (file:line:column) for `file`,
// if the YAML is malformed or crosses limits::kYamlValues or limits::kYamlTextBytes.
bool parseBoundedYaml(const std::string& text, const std::string& file, YAML::Node& out,
                      std::vector<LoadError>& errors);

}  // namespace proviso
