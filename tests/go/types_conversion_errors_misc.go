package main

import "fmt"

type Celsius float64
type Temp struct{ v float64 }

func main() {
	f := 1.5
	a := []int("abc")
	b := string([]int{65})
	c := float64(true)
	d := (*int)(&f)
	e := Celsius(Temp{1})
	g := Temp(f)
	h := []byte(5)
	i := map[string]int([]int{})
	fmt.Println(a, b, c, d, e, g, h, i)
}
