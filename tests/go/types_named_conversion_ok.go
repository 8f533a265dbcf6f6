package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type IDs []int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), float64(c)+1)
	var raw []int = IDs{1, 2}
	ids := IDs(raw)
	fmt.Printf("%v %T %T\n", ids, ids, raw)
	fmt.Println(Celsius(37.5) * 2, c/3)
	const boil = 212
	var f Fahrenheit = boil
	fmt.Printf("%.2f %T\n", f, f)
}
