package main

import "fmt"

type Temp struct {
	C float64
	C int
}

func (t Temp) F() float64  { return t.C*9/5 + 32 }
func (t *Temp) F() float64 { return 0 }

func helper() {}
func helper() {}

func main() {
	fmt.Println(Temp{}.F())
}
