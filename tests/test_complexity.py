"""No function under quizapp/ above cyclomatic complexity 15, as radon measures it (methods
and closures included): past that, a function is a list of cases that wants to be a table or
small named functions."""
from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class

import quizapp

LIMIT = 15
PACKAGE = Path(quizapp.__file__).parent


def functions(blocks):
    """Every function, method and closure among radon's blocks, however deeply nested."""
    for block in blocks:
        if isinstance(block, Class):
            yield from functions([*block.methods, *block.inner_classes])
        else:
            yield block
            yield from functions(block.closures)


def test_no_function_is_too_complex():
    too_complex = [
        f"{path.relative_to(PACKAGE.parent)}:{function.lineno} {function.fullname} "
        f"({function.complexity})"
        for path in sorted(PACKAGE.rglob("*.py"))
        for function in functions(cc_visit(path.read_text(encoding="utf-8")))
        if function.complexity > LIMIT
    ]
    assert not too_complex, "above complexity 15:\n" + "\n".join(too_complex)


def test_the_measure_sees_methods_and_closures():
    source = "class A:\n    def m(self):\n        def inner(x):\n" + "".join(
        f"            if x == {n}: return {n}\n" for n in range(16)) + "        return inner\n"
    found = {function.fullname: function.complexity for function in functions(cc_visit(source))}
    assert found["inner"] == 17
