package main

import (
	"errors"
	"fmt"
)

type Op struct{ Name string }

func main() {
	base := errors.New("disk full")
	e1 := fmt.Errorf("op %q on %v failed after %d tries (%.1f%%): %w", "write", Op{"w"}, 3, 99.5, base)
	fmt.Println(e1)
	fmt.Printf("%v\n%s\n%q\n", e1, base, base)
	e2 := fmt.Errorf("%w; %w", base, e1)
	fmt.Println(errors.Is(e2, base), len(e2.Error()))
	fmt.Printf("%+v|%#v\n", base, Op{"x"})
	fmt.Printf("%v %v\n", []error{base, nil}, map[string]error{"k": base})
	fmt.Printf("%10.4s|%-10v|\n", base, base)
	fmt.Println(fmt.Sprintf("%T", e2) == "*fmt.wrapErrors")
}
