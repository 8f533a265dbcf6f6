package main

import (
	"errors"
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Address struct {
	Street string
	Zip    int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    *Address
	Home    Address
	Fav     Color
	Meta    map[string]any
	private bool
	Err     error
	Wait    time.Duration
}

type Wrapper struct {
	Person
	Score float64
}

func main() {
	p := Person{
		Name: "Ada",
		Age:  36,
		Tags: []string{"math", "engines"},
		Home: Address{Street: "2 Side Rd"},
		Fav:  Blue,
		Meta: map[string]any{"b": 2, "a": "x", "c": []int{1}},
		Err:  errors.New("nope"),
		Wait: 1500 * time.Millisecond,
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p.Home)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%#v %#v %#v\n", p.Fav, p.Wait, p.Age)
	p.Addr = &Address{"1 Main St", 12345}
	fmt.Printf("%v %+v\n", p.Addr, p.Addr)
	var empty Person
	fmt.Printf("%v\n%+v\n", empty, empty)
	w := Wrapper{Person: Person{Name: "Bob"}, Score: 9.5}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "two"})
	fmt.Printf("%v %d %s\n", []Color{Red, Blue}, []Color{Red, Blue}, Green)
	fmt.Printf("%#v\n", map[string]int{"z": 1, "y": 2})
	fmt.Printf("%#v %#v\n", []any{1, "a", nil, 2.5}, [2]bool{true})
	fmt.Printf("%x %X % x\n", "hi", []byte("go"), "abc")
	fmt.Printf("%08.3f|%-8d|%+d|%q|%v\n", 3.14159, 42, 7, 'x', 'x')
	fmt.Printf("%5t|%-7v|%3c|%U\n", true, nil, 'é', 'é')
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprintf("%6.2f%%", 12.345))
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	type inner struct{ P *int }
	fmt.Printf("%+v\n", inner{})
}
