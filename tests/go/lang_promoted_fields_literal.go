package main

import (
	"fmt"
	"time"
)

// Go 1.27: struct literals may name fields promoted from embedded structs.

type Audit struct {
	CreatedBy string
	Created   time.Time
}

type Entity struct {
	ID int
	Audit
}

type Product struct {
	Entity
	Name  string
	Price float64
}

type Discounted struct {
	Product
	Percent int
}

func (d Discounted) Final() float64 { return d.Price * float64(100-d.Percent) / 100 }

func main() {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	p := Product{ID: 7, CreatedBy: "ann", Created: day, Name: "lamp", Price: 40}
	fmt.Printf("%+v\n", p.Entity)
	fmt.Println(p.ID, p.CreatedBy, p.Created.Format(time.DateOnly), p.Name)

	d := Discounted{Name: "desk", Price: 120, Percent: 25, ID: 9}
	fmt.Println(d.Final(), d.Product.Entity.ID, d.CreatedBy == "")

	items := []Product{
		{ID: 1, Name: "a"},
		{Entity: Entity{ID: 2, Audit: Audit{CreatedBy: "bob"}}, Name: "b"},
	}
	for _, it := range items {
		fmt.Printf("%d:%s:%q ", it.ID, it.Name, it.CreatedBy)
	}
	fmt.Println()
	ptr := &Discounted{Percent: 10, Price: 50, CreatedBy: "cy"}
	ptr.ID++
	fmt.Println(ptr.ID, ptr.Final(), ptr.Audit.CreatedBy)
	m := map[string]Product{"x": {Name: "x", ID: 3}}
	fmt.Println(m["x"].ID)
}
