// Small helpers shared by the core tests.
#pragma once

#include <string>

#include "proviso/document.hpp"

namespace proviso {

inline Block textBlock(std::string text) {
    Block b;
    b.text = std::move(text);
    return b;
}

}  // namespace proviso
