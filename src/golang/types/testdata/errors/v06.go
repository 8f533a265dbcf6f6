package main

import (
	"fmt"
	"strconv"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Total[S Stringish](xs []S) int {
	t := 0
	for _, x := range xs {
		t += x.Len() + len(string(x))
	}
	return t
}

type Celsius = float64

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Entity struct {
	*Base
	Name string
}

type Logger interface{ Log(string) }
type Service struct {
	Logger
	n int
}
type printLogger struct{}

func (printLogger) Log(s string) { fmt.Println("log:", s) }

func pair() (int, string) { return 1, "a" }
func takesAny(xs ...any) int { return len(xs) }

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func seq0(yield func() bool) {
	for i := 0; i < 2; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	fmt.Println(MinOf[Age](3, 1, 2), MinOf(Age(5), Age(4)))
	fmt.Println(Total([]Name{"ab", "c"}))
	var t Celsius = 3.5
	var f float64 = t
	e := Entity{Base: &Base{}, Name: "x"}
	e.SetID(4)
	set := e.SetID
	set(5)
	fmt.Println(f, e.ID(), e.id)
	s := Service{Logger: printLogger{}}
	s.Log("hi")
	fmt.Println(takesAny(pair()), counter())
	for range seq0 {
		fmt.Println("tick")
	}
	x, y := 1, 2
	x, y = y, x
	type local struct{ a int }
	l := local{a: x}
	anon := struct{ a int }{a: y}
	l = local(anon)
	fmt.Println(l.a, strconv.Itoa(y), 1.0<<3, fmt.Sprint(len("héllo")))
	switch n := x * 2; {
	case n > 3:
		fmt.Println("n>3")
	}
	for i := range "abc" {
		_ = i
	}
	var arr [3]struct{ v int }
	arr[1].v = 2
	pa := &arr
	pa[2].v = 3
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"][0]++
	type point struct{ x, y int }
	pts := map[string]*point{"o": {}}
	pts["o"].x = 5
	fmt.Println(arr, len(m["a"]), pts["o"].x)
	var fn func(int) int
	fn = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fn(n-1)
	}
	fmt.Println(fn(5))
	ch := make(chan int, 1)
	ch <- 1
	if v, ok := <-ch; ok {
		fmt.Println(v)
	}
	var ro <-chan int = ch
	var so chan<- int = ch
	so <- 2
	fmt.Println(<-ro, cap(ro))
	var err error
	if err == nil {
		fmt.Println("nil err")
	}
	var p *int
	if p == nil && fn != nil && m != nil {
		fmt.Println("ok")
	}
}
