// The seed dataset (examples/data/lakip-2019.json) as a test case: figures the library computes from
// the kegiatan lines, checked against figures worked out independently.
#include <kinerja/kinerja.hpp>

#include <gtest/gtest.h>

namespace {}  // namespace
