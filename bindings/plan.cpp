// The Renstra hierarchy: levels, nodes, units and statements (read-only views).

#include <pybind11/stl.h>

#include <kinerja/plan.hpp>

#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_plan(py::module_& m) {
    bind_enum<Level>(m, "Level", "The level of a node, visi first.");
    bind_enum<ProgramKind>(m, "ProgramKind", "Utama (serves a sasaran) or penunjang (support).");
    bind_enum<StatementKind>(m, "StatementKind");

    py::class_<Node>(m, "Node", "One element of the hierarchy.")
        .def_readonly("id", &Node::id)
        .def_readonly("level", &Node::level)
        .def_readonly("name", &Node::name)
        .def_readonly("parent", &Node::parent)
        .def_readonly("code", &Node::code)
        .def_readonly("unit", &Node::unit)
        .def_readonly("kind", &Node::kind)
        .def("__repr__",
             [](const Node& n) { return "Node('" + n.id + "', " + std::string(to_string(n.level)) + ")"; });
    py::class_<Unit>(m, "Unit", "An organisation unit.")
        .def_readonly("id", &Unit::id)
        .def_readonly("name", &Unit::name)
        .def_readonly("parent", &Unit::parent);
    py::class_<Statement>(m, "Statement", "A strategi or kebijakan.")
        .def_readonly("id", &Statement::id)
        .def_readonly("kind", &Statement::kind)
        .def_readonly("text", &Statement::text)
        .def_readonly("sasaran", &Statement::sasaran)
        .def_readonly("programs", &Statement::programs);
}

}  // namespace kinerja::python
