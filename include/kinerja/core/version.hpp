#pragma once
/// \file kinerja/core/version.hpp
/// The library version.

/// Major version.
#define KINERJA_VERSION_MAJOR 0
/// Minor version.
#define KINERJA_VERSION_MINOR 1
/// Patch version.
#define KINERJA_VERSION_PATCH 0

namespace kinerja {
/// The version as text, "major.minor.patch".
inline constexpr const char* version = "0.1.0";
}  // namespace kinerja
