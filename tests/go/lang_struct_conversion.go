package main

import "fmt"

type A struct {
	X int
	Y string
}

type B struct {
	X int
	Y string
}

type Celsius float64

func main() {
	a := A{1, "a"}
	b := B(a)
	b.X = 2
	fmt.Println(a, b)
	fmt.Printf("%T %T\n", a, b)
	anon := struct {
		X int
		Y string
	}(b)
	fmt.Println(anon)
	temps := []Celsius{1.5, 2.5}
	var sum float64
	for _, t := range temps {
		sum += float64(t)
	}
	fmt.Println(sum, Celsius(sum)/2)
	big := int16(300)
	var i8 int8 = int8(big - 200 + 100)
	m1 := int8(-1)
	fmt.Println(i8, uint16(m1), float32(int64(1)<<40))
}
