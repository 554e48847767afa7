#include <kinerja/plan.hpp>
