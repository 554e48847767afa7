#pragma once
#include "kinerja/core/money.hpp"
