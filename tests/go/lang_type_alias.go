package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Temp = Celsius

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Str = string

func main() {
	var t Temp = 100
	fmt.Println(t, CToF(t))
	fmt.Printf("%T %T\n", t, CToF(t))
	l := IntList{1, 2, 3}
	fmt.Println(l.Sum(), len(l))
	raw := []int(l)
	fmt.Printf("%T %v\n", raw, raw)
	var s Str = "alias"
	var plain string = s
	fmt.Printf("%T %s\n", s, plain)
	type byteAlias = byte
	var bb byteAlias = 'x'
	fmt.Printf("%T\n", bb)
}
