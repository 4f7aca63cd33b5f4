// Conversions between UNO strings (UTF-16) and the core's UTF-8.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

#include "proviso/utf.hpp"

namespace proviso::uno {

inline std::string toUtf8(const rtl::OUString& s) {
    return utf16ToUtf8(std::u16string_view(reinterpret_cast<const char16_t*>(s.getStr()),
                                           static_cast<std::size_t>(s.getLength())));
}

inline rtl::OUString toOUString(std::string_view s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

}  // namespace proviso::uno
