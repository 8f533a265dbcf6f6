package main

import "fmt"

type Celsius float64
type Ptr *int
type Bytes []byte
type Str string

func main() {
	f := 1.5
	c := Celsius(f)
	p := (*float64)(&f)
	n := 7
	var q Ptr = &n
	r := (*int)(q)
	b := Bytes("hi")
	s := Str(b)
	t := []rune(s)
	u := string(t[1])
	fmt.Println(c, *p, *r, b, s, t, u, string(Bytes{65}), []byte(Str("z")))
	fmt.Printf("%T %T %T\n", c, b, s)
}
