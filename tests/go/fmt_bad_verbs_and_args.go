package main

import (
	"errors"
	"fmt"
	"os"
)

type temp float64

type pt struct{ X, Y int }

func (p *pt) String() string { return fmt.Sprintf("pt(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Printf("%d %s\n", "text", 42)
	fmt.Printf("%z %!\n", 1)
	fmt.Printf("%d items\n")
	fmt.Printf("%s and %s\n", "only one")
	fmt.Printf("%t %t\n", 1, "yes")
	fmt.Printf("%x %X %o %b\n", -255, "hi", 8, 5)
	fmt.Printf("%e %E %g %G\n", 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%v %.2f %5.1f|\n", temp(21.456), temp(21.456), 3.0)
	fmt.Printf("%c %c %q %+q\n", 65, 0x1F600, "héllo", "héllo")
	fmt.Printf("%v %v\n", pt{1, 2}, &pt{1, 2})
	fmt.Printf("%s %v\n", []string{"a", "b"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%v %s\n", errors.New("e1"), error(nil))
	fmt.Printf("%6.3v|%-6v|%06d|%+.1e\n", 3.14159, "ab", -42, 12345.678)
	fmt.Printf("%3c|%-4q|%#x|%#o|%#b\n", 'z', 'y', 255, 8, 5)
	fmt.Printf("%v %v %v\n", int8(-128), uint8(255), uint64(1<<63))
	fmt.Printf("%08.3f|% d|% d\n", -3.14159, 5, -5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]v\n", 1)
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%T %T %T %T\n", temp(1), &pt{}, []any{}, map[string][]int{})
	fmt.Printf("%v\n", struct{}{})
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "n", 3)
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
}
