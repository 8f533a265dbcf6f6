package main

import "fmt"

type Celsius float64
type Meters float64

func main() {
	var v any = Celsius(20)
	fmt.Println(v)
	m := v.(Meters)
	fmt.Println(m)
}
