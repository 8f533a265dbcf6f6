package main

import (
	"errors"
	"fmt"
	"time"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Handler func(string, ...int) (bool, error)

type Tagged struct {
	A int `json:"a"`
	b string
}

func main() {
	var recvOnly <-chan int
	var sendOnly chan<- string
	fmt.Printf("%T|%T|%T\n", recvOnly, sendOnly, make(chan []byte))
	fmt.Printf("%T|%T\n", Handler(nil), func(...interface{}) {})
	fmt.Printf("%T|%T|%T\n", Pair[string, []int]{}, &Pair[int, error]{}, []Pair[bool, bool]{})
	fmt.Printf("%T|%T\n", Tagged{}, struct {
		X int `tag:"x"`
	}{})
	fmt.Printf("%T|%T|%T|%T\n", errors.New("e"), fmt.Errorf("w %w", errors.New("e")), time.Second, time.Time{})
	fmt.Printf("%T|%T|%T|%T\n", 'x', byte(1), uintptr(0), 1+2i)
	fmt.Printf("%T|%T|%T\n", [2][]map[string]*int{}, new(any), any(nil))
	arr := [3]int{1, 2, 3}
	sl := []string{"a"}
	m := map[string]int{"k": 1}
	fmt.Printf("%v %v %v\n", &arr, &sl, &m)
	fmt.Printf("%+v %#v\n", &Tagged{1, "x"}, &Tagged{2, "y"})
	fmt.Printf("%v %d\n", struct{ P *Tagged }{nil}, &arr)
	fmt.Printf("%c|%U|%c\n", 0x1F600, -1, -1)
	fmt.Printf("%v|%s\n", [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")})
}
