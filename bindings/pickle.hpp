#pragma once
// Pickling of plain structs by their members, so results cross process boundaries (multiprocessing,
// Dask) as they are: the state is the tuple of members, each pickled as Python sees it.

#include <pybind11/pybind11.h>

#include <cstddef>
#include <stdexcept>

namespace kinerja::python {

/// py::pickle for a struct T whose state is exactly \p members, in this order.
template <class T, class... M>
auto pickle_members(M T::*... members) {
    return pybind11::pickle([=](const T& v) { return pybind11::make_tuple(v.*members...); },
                            [=](const pybind11::tuple& state) {
                                if (state.size() != sizeof...(M))
                                    throw std::runtime_error("invalid pickled state");
                                T v;
                                std::size_t i = 0;
                                ((v.*members = state[i++].template cast<M>()), ...);
                                return v;
                            });
}

}  // namespace kinerja::python
