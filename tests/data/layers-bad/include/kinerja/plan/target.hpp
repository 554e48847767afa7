#pragma once
#include "kinerja/reviu/finding.hpp"
