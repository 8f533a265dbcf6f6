// A tour of fmt verbs on structs, maps, slices, Stringers, widths/precisions and bad verbs.
package main

import (
	"fmt"
	"time"
)

type Point struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Sensor string
	Temp   Temp
	Tags   []string
	Meta   map[string]int
	Loc    Point
	When   time.Duration
	ok     bool
}

func main() {
	r := Reading{"s-01", 21.456, []string{"in", "lab"}, map[string]int{"z": 1, "a": 2}, Point{3, -4}, 1500 * time.Millisecond, true}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v %#v %#v\n", map[string]bool{"b": true, "a": false}, []string(nil), [2]int{})
	fmt.Printf("%q %x %X % x %#x\n", "héllo", "hi!", []byte("go"), "abc", "abc")
	fmt.Printf("[%8.3f] [%-8.2f] [%+.1e] [%g] [%G]\n", 3.14159, 2.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%#o] [%b] [%+d]\n", 42, 42, -42, 255, 8, 5, 7)
	fmt.Printf("[%c] [%U] [%#U] [%q] [%08.3f]\n", 'λ', 'λ', '⌘', 'x', -3.5)
	fmt.Printf("[%10s] [%-10s] [%.2s] [%10.3q]\n", "go", "go", "golang", "golang")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %s %d\n", Temp(-3), Temp(100), []Temp{1, 2})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", struct{}{}, struct {
		A int
		B string
	}{1, "x"})
	var ip *int
	var e error
	fmt.Printf("%v %v %+v %d\n", ip, e, e, []any{1, "a", nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 'x'), fmt.Sprintln("end", 1))
	fmt.Printf("%x %X %o %v\n", -255, uint8(200), 64, []byte("hi"))
	fmt.Printf("%s %v %q\n", []string{"a b", "c"}, [][]int{{1}, {2, 3}}, []string{"q"})
	fmt.Printf("%e %.3g %.0f %.0f %.0f\n", 0.0, 1234.5678, 0.5, 1.5, 2.5)
}
