package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func Equal[T comparable](a, b T) bool { return a == b }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Describe(3), Describe("x"), Describe(ID(7)), Describe(2.5), Describe([]int{}))
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal[any](1, 1), Equal(ID(1), 1))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool](), Zero[error]())
}
