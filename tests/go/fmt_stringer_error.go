package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Gopher struct{ N string }

func (g Gopher) GoString() string { return "Gopher!" + g.N }

type Wrapper struct {
	T Temp
	E error
}

func main() {
	t := Temp(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f\n", t, t, t, t)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v\n", []*Pt{&p}, []Pt{p})
	var e error = MyErr{7}
	fmt.Println(e)
	fmt.Printf("%v %s %q %d\n", e, e, e, e)
	fmt.Println(Both{})
	fmt.Printf("%#v %v\n", Gopher{"x"}, Gopher{"y"})
	fmt.Printf("%v %+v\n", Wrapper{t, e}, Wrapper{t, nil})
	fmt.Println([]Temp{1, 2})
	fmt.Println(map[Temp]int{3: 1, 1: 2})
	fmt.Println(errors.New("plain"))
	var np *Pt
	fmt.Println(np)
	fmt.Printf("%s\n", np)
	var ne error
	fmt.Println(ne)
	fmt.Printf("%v\n", ne)
}
