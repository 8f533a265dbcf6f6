package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

type S int

func (S) String() string { return "S!" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type U struct {
	A S
	b S
}

func main() {
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %O %b %#x %+d\n", 42, 42, 42, -42, 255, 255, 8, 8, 5, 255, 3)
	fmt.Printf("%c %q %U %#U\n", 'A', 'x', 0x1F600, 'A')
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x\n", "hello", "hello", "hello", "héllo", "hi\n", "hi")
	fmt.Printf("%f %.2f %e %g %8.3f %v %v\n", 3.14159, 3.14159, 31415.9, 1e21, 3.14159, 1e-7, 100.0)
	fmt.Printf("%t %v %d %d %d\n", true, false, "hi", 1)
	fmt.Printf("%v %+v %#v\n", T{1, "x"}, T{1, "x"}, T{1, "x"})
	fmt.Printf("%v %+v\n", &T{1, "x"}, []T{{2, "y"}})
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]bool{3: true, 1: false})
	fmt.Printf("%v %#v %#v %q\n", []int{1, 2}, []int{1, 2}, []int(nil), []string{"a", "b"})
	fmt.Printf("%s %x %v\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Println(S(1), []S{1, 2}, U{1, 2})
	fmt.Printf("%d %v\n", S(3), S(3))
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", []int{}, map[string]int{}, T{}, &T{})
	fmt.Printf("%v %v\n", []any{nil, 1, "x"}, error(nil))
	err := &E{"bad"}
	fmt.Println(err, errors.New("plain"))
	fmt.Printf("%v %s %q\n", err, err, err)
	var ip *int
	fmt.Println(ip == nil, ip)
	fmt.Printf("%6.2f|%-8v|%08.3f|%+.1e\n", 3.14159, "ab", -3.14159, 12345.678)
	fmt.Printf("%[2]d %[1]d %d%%\n", 1, 2)
	fmt.Print("a", 1, 2, "b", 3.5, "\n")
	fmt.Println(int8(-5), uint8(250), int64(-1)<<63, uint64(1)<<63, float32(0.1), 1e6, 123456789.0)
	s := fmt.Sprintf("%05.1f|%x|%X", 2.25, "hello", []byte{1, 171})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprintln("x", 1))
	type pt struct{ X, Y int }
	fmt.Printf("%v %+v\n", pt{1, 2}, &pt{3, 4})
	fmt.Printf("%v|%6v|%-6v|\n", true, 42, "go")
	fmt.Printf("%3c|%-3c|%c\n", 'x', 'y', 0x4E16)
}
