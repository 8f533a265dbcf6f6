package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Ptr   *Point
}

type Color int

type Box struct {
	Items []string
	Meta  map[string]int
	Any   interface{}
	C     Color
	f     float64
}

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "ln", nil}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", l, l, l, l)
	fmt.Printf("%v %+v %#v %T\n", &p, &p, p, &p)
	b := Box{[]string{"a"}, map[string]int{"z": 1, "a": 2}, 3, 7, 1.5}
	fmt.Printf("%v\n%+v\n%#v\n", b, b, b)
	var nb Box
	fmt.Printf("%#v\n", nb)
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, map[string]bool{"x": true}, "s", 42)
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil}, [2]bool{}, struct{}{})
	fmt.Printf("%v %T\n", []*int{nil}, []*int{nil})
	fmt.Printf("%T %T %T %T\n", map[string][]int{}, func(int) string { return "" }, make(chan int), [3]byte{})
	fmt.Printf("%T %T %T\n", nil, error(nil), struct{ A int }{})
	fmt.Printf("%v %d\n", [][]int{{1}, {2, 3}}, map[int]int{2: 4, 1: 2})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 2}: "a"})
	var ip *int
	fmt.Printf("%v %+v %#v\n", ip, ip, ip)
	fmt.Printf("%#v %#v\n", 1.0, float32(2.5))
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%x %X\n", Point{10, 255}, []string{"hi", "yo"})
	fmt.Printf("%06.2f %v\n", []float64{1, 2.5}, [2]float64{0.5, 1e9})
}
